package io.hashwatch.commander.ear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deploys commander.ear on a real Payara Server domain and checks that both modules are live: the
 * EJB module's data source (whose settings come from the MicroProfile Config defaults in the EAR's
 * lib/) through the "database" readiness check, and the web module at context root /.
 */
class PayaraServerDeploymentIT {
  private static final System.Logger LOG =
      System.getLogger(PayaraServerDeploymentIT.class.getName());
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(1);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern THEME =
      Pattern.compile("href=\"(/jakarta.faces.resource/theme.css[^\"]+)\"");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static final PayaraDomain DOMAIN =
      new PayaraDomain(
          Path.of(System.getProperty("payara.home")),
          Path.of(System.getProperty("test.work.dir")),
          PortBlock.findFree());

  @RegisterExtension
  static final ServerLogOnFailure SERVER_LOG = new ServerLogOnFailure(DOMAIN::serverLogTail);

  private static long startedAt;

  @BeforeAll
  static void deployOnPayaraServer() throws IOException {
    startedAt = System.nanoTime();
    // Set where an operator would set it; C1 only: the server starts faster on two cores.
    DOMAIN.create(List.of("-Dhashwatch.data.dir=" + DOMAIN.dataDir(), "-XX:TieredStopAtLevel=1"));
    timed("asadmin start-domain", () -> DOMAIN.start(START_TIMEOUT));
    Path ear = Path.of(System.getProperty("commander.ear"));
    timed("asadmin deploy", () -> DOMAIN.deploy(ear, DEPLOY_TIMEOUT));
  }

  @AfterAll
  static void stopDomain() {
    timed("asadmin stop-domain", () -> DOMAIN.stop(STOP_TIMEOUT));
    LOG.log(System.Logger.Level.INFO, "Whole test took {0} ms", millisSince(startedAt));
  }

  @Test
  void databaseReadinessIsUpOnTheConfiguredDefaults() {
    HttpResponse<String> health =
        await("/health answering 200")
            .atMost(READY_TIMEOUT)
            .pollInterval(Duration.ofMillis(500))
            .ignoreExceptionsInstanceOf(IOException.class)
            .until(() -> get("/health"), response -> response.statusCode() == 200);

    JsonObject body = Json.createReader(new StringReader(health.body())).readObject();
    assertThat(body.getString("status")).as(health.body()).isEqualTo("UP");
    assertThat(body.getJsonArray("checks").getValuesAs(JsonObject.class))
        .as(health.body())
        .filteredOn(check -> check.getString("name").equals("database"))
        .singleElement()
        .satisfies(check -> assertThat(check.getString("status")).isEqualTo("UP"));
    // hashwatch.db.url defaults to jdbc:h2:${hashwatch.data.dir}/hashwatch
    assertThat(DOMAIN.dataDir().resolve("hashwatch.mv.db")).isRegularFile();
  }

  @Test
  void apiAtTheContextRootAsksForCredentials() throws IOException, InterruptedException {
    assertThat(get("/api/v1/devices").statusCode()).isEqualTo(401);
  }

  @Test
  void theOperatorPagesSignInWithTheFirstAdmin() throws IOException, InterruptedException {
    HttpClient browser =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new CookieManager())
            .build();
    HttpResponse<String> page =
        send(browser, HttpRequest.newBuilder(DOMAIN.http("/app/overview.xhtml")));
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml"));

    HttpResponse<String> login = send(browser, HttpRequest.newBuilder(DOMAIN.http("/login.xhtml")));
    assertThat(login.statusCode()).isEqualTo(200);
    Matcher viewState = VIEW_STATE.matcher(login.body());
    assertThat(viewState.find()).as(login.body()).isTrue();
    Matcher theme = THEME.matcher(login.body());
    assertThat(theme.find()).as("PrimeFaces' theme, from the EAR's lib/").isTrue();
    assertThat(
            send(browser, HttpRequest.newBuilder(DOMAIN.http(theme.group(1).replace("&amp;", "&"))))
                .statusCode())
        .isEqualTo(200);

    String password = Files.readString(DOMAIN.dataDir().resolve("admin-password")).strip();
    String form =
        "login=login&login%3Ausername=admin&login%3Apassword="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&login%3Asign-in=&jakarta.faces.ViewState="
            + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn =
        send(
            browser,
            HttpRequest.newBuilder(DOMAIN.http("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);

    HttpResponse<String> overview =
        send(browser, HttpRequest.newBuilder(DOMAIN.http("/app/overview.xhtml")));
    assertThat(overview.statusCode()).isEqualTo(200);
    assertThat(overview.body()).contains("admin (admin)");
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return client.send(
        request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(DOMAIN.http(path)).timeout(REQUEST_TIMEOUT).GET().build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static void timed(String step, Runnable action) {
    long start = System.nanoTime();
    action.run();
    LOG.log(System.Logger.Level.INFO, "{0} took {1} ms", step, millisSince(start));
  }

  private static long millisSince(long nanoTime) {
    return (System.nanoTime() - nanoTime) / 1_000_000;
  }
}
