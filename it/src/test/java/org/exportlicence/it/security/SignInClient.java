package org.exportlicence.it.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * Signs in through the real login page over HTTP, as a browser would (session cookie, Faces view
 * state, the form's fields), from a chosen loopback address: the whole of 127.0.0.0/8 reaches this
 * machine, so each test can be its own client address without touching 127.0.0.1, which the browser
 * tests use. Plain sockets because java.net.http cannot choose the local address before Java 19.
 * After a sign-in, the session's pages can be read and its forms posted ({@link #get}, {@link #post}).
 */
public final class SignInClient {
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    /** PrimeFaces' CSP nonce of the page, which its script adds to every post. */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private static final Pattern SESSION = Pattern.compile("(?im)^set-cookie:\\s*(JSESSIONID=[^;\\r\\n]+)");
    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.\\d (\\d{3})");
    private static final Pattern LOCATION = Pattern.compile("(?im)^location:\\s*(\\S+)");
    private static final Pattern MESSAGE = Pattern.compile("ui-messages-error-summary\">([^<]*)<");

    private final int port;
    private final String contextPath;
    private final InetAddress from;
    private final SSLContext tls;

    public SignInClient(int port, String contextPath, String fromAddress) {
        this(port, contextPath, fromAddress, null);
    }

    /** Over HTTPS with {@code tls} (its key managers present the client's e-key, if any). */
    public SignInClient(int port, String contextPath, String fromAddress, SSLContext tls) {
        this.tls = tls;
        this.port = port;
        this.contextPath = contextPath;
        try {
            this.from = InetAddress.getByName(fromAddress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the server answered to the form, how long the form's POST took, where it sent the browser
     * and the signed-in session's cookie (null when refused).
     */
    public record Outcome(boolean signedIn, String message, long millis, String location, String session) {}

    /** One answer: status, Location header (or null) and the whole text. */
    public record Answer(int status, String location, String text) {
        /** The Faces view state and PrimeFaces nonce of the page, for posting its form. */
        public String formState() {
            Matcher viewState = VIEW_STATE.matcher(text);
            Matcher nonce = NONCE.matcher(text);
            if (!viewState.find() || !nonce.find()) {
                throw new AssertionError("No form: " + text.substring(0, Math.min(text.length(), 500)));
            }
            return "jakarta.faces.ViewState=" + encode(viewState.group(1)) + "&primefaces.nonce="
                    + encode(nonce.group(1));
        }
    }

    /** A GET of a page of the application ({@code path} after the context path) in the session. */
    public Answer get(String path, String session) {
        return answer(exchange("GET " + contextPath + path + " HTTP/1.1\r\n", session, null, false));
    }

    /** A form POST in the session; {@code ajax}: as a PrimeFaces partial request. */
    public Answer post(String path, String session, String form, boolean ajax) {
        return answer(exchange("POST " + contextPath + path + " HTTP/1.1\r\n", session, form, ajax));
    }

    private static Answer answer(String raw) {
        Matcher status = STATUS.matcher(raw);
        Matcher location = LOCATION.matcher(raw);
        return new Answer(
                status.find() ? Integer.parseInt(status.group(1)) : -1,
                location.find() ? location.group(1) : null,
                raw);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public Outcome signIn(String username, String password) {
        String page = exchange("GET " + contextPath + "/login.xhtml HTTP/1.1\r\n", null, null, false);
        Matcher cookie = SESSION.matcher(page);
        Matcher viewState = VIEW_STATE.matcher(page);
        Matcher nonce = NONCE.matcher(page);
        if (!cookie.find() || !viewState.find() || !nonce.find()) {
            throw new AssertionError("No login form: " + page.substring(0, Math.min(page.length(), 500)));
        }
        String form = "login=login&login%3Ausername=" + encode(username) + "&login%3Apassword=" + encode(password)
                + "&login%3Anext=&login%3Asubmit=&jakarta.faces.ViewState=" + encode(viewState.group(1))
                + "&primefaces.nonce=" + encode(nonce.group(1));
        long start = System.nanoTime();
        String answer = exchange("POST " + contextPath + "/login.xhtml HTTP/1.1\r\n", cookie.group(1), form, false);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Matcher status = STATUS.matcher(answer);
        Matcher location = LOCATION.matcher(answer);
        boolean signedIn = status.find()
                && status.group(1).equals("302")
                && location.find()
                && !location.group(1).contains("login.xhtml");
        Matcher message = MESSAGE.matcher(answer);
        Matcher session = SESSION.matcher(answer);
        return new Outcome(
                signedIn,
                message.find() ? message.group(1) : null,
                millis,
                signedIn ? location.group(1) : null,
                signedIn ? (session.find() ? session.group(1) : cookie.group(1)) : null);
    }

    private String exchange(String requestLine, String cookie, String form, boolean ajax) {
        try (Socket plain = new Socket()) {
            plain.bind(new InetSocketAddress(from, 0));
            plain.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            plain.setSoTimeout(60_000);
            Socket socket = tls == null ? plain : tls.getSocketFactory().createSocket(plain, "localhost", port, true);
            StringBuilder request = new StringBuilder(requestLine)
                    .append("Host: localhost:")
                    .append(port)
                    .append("\r\n")
                    .append("Accept-Language: zh-CN\r\n")
                    .append("Connection: close\r\n");
            if (cookie != null) {
                request.append("Cookie: ").append(cookie).append("\r\n");
            }
            if (ajax) {
                request.append("Faces-Request: partial/ajax\r\n");
            }
            byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
            if (form != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\n")
                        .append("Content-Length: ")
                        .append(body.length)
                        .append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            String answer = decode(socket.getInputStream().readAllBytes());
            if (socket != plain) {
                socket.close();
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Headers as they are, the body de-chunked (the page is large enough to be sent in chunks). */
    private static String decode(byte[] raw) throws IOException {
        String all = new String(raw, StandardCharsets.UTF_8);
        int end = all.indexOf("\r\n\r\n");
        if (end < 0 || !all.substring(0, end).toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
            return all;
        }
        String head = all.substring(0, end + 4);
        int headBytes = head.getBytes(StandardCharsets.UTF_8).length;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(raw, headBytes, raw.length - headBytes);
        while (true) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            String size = line.toString().split(";")[0].trim();
            if (c == -1 || size.isEmpty() || Integer.parseInt(size, 16) == 0) {
                break;
            }
            body.write(in.readNBytes(Integer.parseInt(size, 16)));
            in.read();
            in.read();
        }
        return head + body.toString(StandardCharsets.UTF_8);
    }
}
