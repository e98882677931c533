package org.exportlicence.web.ekey;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.exportlicence.ekey.EKeys;

/**
 * /licence/ekey/crl — the e-key CA's certificate revocation list, public (DER, application/pkix-crl),
 * for anyone who checks an e-key outside the platform; the platform checks the same list at sign-in.
 */
@WebServlet("/ekey/crl")
public class CrlServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    private transient EKeys ekeys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] crl;
        try {
            crl = ekeys.crl();
        } catch (RuntimeException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // no e-key CA on this server
            return;
        }
        response.setContentType("application/pkix-crl");
        response.setHeader("Content-Disposition", "attachment; filename=\"elp-ekey.crl\"");
        response.setContentLength(crl.length);
        response.getOutputStream().write(crl);
    }
}
