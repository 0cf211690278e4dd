package io.hashwatch.commander.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs in through the sign-in form as a browser would, without one: for the session cookie. */
final class FormLogin {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private FormLogin() {}

  /** The session cookie ({@code JSESSIONID=...}) of {@code username} signed in. */
  static String sessionCookie(URI commander, String username, String password)
      throws IOException, InterruptedException {
    CookieManager cookies = new CookieManager();
    HttpClient browser =
        HttpClient.newBuilder().connectTimeout(TIMEOUT).cookieHandler(cookies).build();
    URI login = commander.resolve("login.xhtml");
    HttpResponse<String> form =
        browser.send(
            HttpRequest.newBuilder(login).timeout(TIMEOUT).build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher viewState = VIEW_STATE.matcher(form.body());
    if (!viewState.find()) {
      throw new AssertionError("no view state in the sign-in page: " + form.body());
    }
    String body =
        "login=login&login%3Ausername="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&login%3Apassword="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&login%3Asign-in=&jakarta.faces.ViewState="
            + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn =
        browser.send(
            HttpRequest.newBuilder(login)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (signedIn.statusCode() != 302
        || signedIn.headers().firstValue("Location").orElse("").contains("refused")) {
      throw new AssertionError("signing in as " + username + " gave " + signedIn.statusCode());
    }
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("JSESSIONID"))
        .map(HttpCookie::toString)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie after signing in"));
  }
}
