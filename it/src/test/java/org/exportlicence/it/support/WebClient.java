package org.exportlicence.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The platform over plain HTTP, as a browser without JavaScript would use it: a session cookie,
 * no redirects followed (tests look at them), and the JSF sign-in form posted as the page names its fields.
 */
public final class WebClient {
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;

    /** base: the platform's address, e.g. http://localhost:8080/licence/ */
    public WebClient(URI base) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    }

    public URI base() {
        return base;
    }

    public HttpResponse<String> send(String method, URI uri) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(60))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", base.resolve(path));
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return post(path, fields, false);
    }

    /** ajax: posted as Faces' Ajax requests are (Faces-Request: partial/ajax). */
    public HttpResponse<String> post(String path, Map<String, String> fields, boolean ajax)
            throws IOException, InterruptedException {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return http.send(
                request.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new AssertionError("No view state in the page");
        }
        return m.group(1).replace("&#58;", ":");
    }

    /** Signs in through login.xhtml; the session cookie then carries the user. */
    public WebClient signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> login = get("login.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:next", "");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", viewState(login.body()));
        HttpResponse<String> signedIn = post("login.xhtml", fields);
        if (signedIn.statusCode() != 302
                || signedIn.headers().firstValue("Location").orElse("").contains("login.xhtml")) {
            throw new AssertionError("Sign-in of " + username + " failed: " + signedIn.statusCode());
        }
        return this;
    }
}
