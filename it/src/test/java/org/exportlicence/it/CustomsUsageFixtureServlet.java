package org.exportlicence.it;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Test deployments only: lets a browser test (which runs outside the server) record customs usage of
 * a licence through {@link TestFixtures#recordCustomsUsage}, until the customs integration's usage
 * messages exist on this branch. POST licence, quantity, cleared; answers the number of licences changed.
 */
@WebServlet("/test-fixtures/customs-usage")
public class CustomsUsageFixtureServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    private TestFixtures fixtures;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int changed = fixtures.recordCustomsUsage(request.getParameter("licence"),
                new BigDecimal(request.getParameter("quantity")), Boolean.parseBoolean(request.getParameter("cleared")));
        response.setContentType("text/plain");
        response.getWriter().print(changed);
    }
}
