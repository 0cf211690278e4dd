package io.hashwatch.sentry.uplink;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.InvalidFieldException;
import io.hashwatch.protocols.report.Report;
import io.hashwatch.protocols.report.ReportJson;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/** Sends report batches of one sentry to its commander. Safe for use by several threads. */
public final class CommanderClient {
  /** RFC 3986 unreserved characters only, so that an id never needs escaping in the path. */
  private static final Pattern SENTRY_ID = Pattern.compile("[A-Za-z0-9._~-]{1,64}");

  /** Visible ASCII: what a header value can carry without folding or injection. */
  private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7E]{1,4096}");

  private final URI endpoint;
  private final String authorization;
  private final UplinkSettings settings;
  private final HttpClient http;

  /**
   * @param commander the commander's base URL, such as {@code https://hashwatch.example:8443}; a
   *     path (a context root) is kept
   * @throws IllegalArgumentException when the URL, id or token cannot make a valid request; the
   *     message never holds the token
   */
  public CommanderClient(URI commander, String sentryId, String token, UplinkSettings settings) {
    this.endpoint = endpoint(commander, sentryId);
    requireValidToken(token);
    this.authorization = "Bearer " + token;
    this.settings = settings;
    // HTTP/1.1 because a batch is one request: HTTP/2 gains nothing, and its clear-text upgrade
    // request trips up some proxies in front of the commander.
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * Checks that {@code token} can travel in an Authorization header.
   *
   * @throws IllegalArgumentException saying what is wrong, without the token
   */
  public static void requireValidToken(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      throw new IllegalArgumentException(
          "the token must be 1 to 4096 visible ASCII characters, without spaces");
    }
  }

  /** The ingest URL of one sentry under a commander base URL. */
  public static URI endpoint(URI commander, String sentryId) {
    if (commander == null
        || !("http".equals(commander.getScheme()) || "https".equals(commander.getScheme()))
        || commander.getHost() == null
        || commander.getRawQuery() != null
        || commander.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "the commander URL must be http:// or https:// with a host and no query, was "
              + commander);
    }
    if (sentryId == null || !SENTRY_ID.matcher(sentryId).matches()) {
      throw new IllegalArgumentException(
          "the sentry id must be 1 to 64 letters, digits, '.', '_', '~' or '-'");
    }
    String base = commander.toString().replaceAll("/+$", "");
    return URI.create(base + "/api/v1/sentries/" + sentryId + "/reports");
  }

  public URI endpoint() {
    return endpoint;
  }

  /** Sends one batch and waits for the answer, at most the request timeout. */
  public SendResult send(Report report) {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(settings.requestTimeout())
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, application/problem+json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    ReportJson.toJson(report).toString(), StandardCharsets.UTF_8))
            .build();
    CompletableFuture<HttpResponse<byte[]>> exchange =
        http.sendAsync(request, BoundedBody.handler(settings.maxAnswerBytes()));
    // The request timeout stops at the answer's headers; this deadline also covers its body.
    try {
      return answer(exchange.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      exchange.cancel(true);
      return new SendResult.Unavailable(noAnswer());
    } catch (ExecutionException e) {
      return new SendResult.Unavailable(FailureText.describe(e.getCause(), settings, endpoint));
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      return new SendResult.Unavailable("interrupted while waiting for the commander");
    }
  }

  private SendResult answer(HttpResponse<byte[]> response) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return delivered(status, response.body());
    }
    ProblemDetail problem = ProblemDetail.parse(response.body());
    if (FailureText.isTransient(status)) {
      String said = problem.detail() == null ? "" : ": " + problem.detail();
      return new SendResult.Unavailable("commander answered HTTP " + status + said);
    }
    if (status == 404 && problem.detail() == null) {
      // The API answers every 404 with a problem. A bare one comes from a server without the API,
      // such as a Payara Micro whose commander failed to deploy: another commander may well work.
      return new SendResult.Unavailable(FailureText.noApi(endpoint));
    }
    String detail = problem.detail();
    if (detail == null) {
      detail = FailureText.explain(status, response.headers().firstValue("Location").orElse(null));
    }
    return new SendResult.Refused(status, detail, problem.field());
  }

  private static SendResult delivered(int status, byte[] body) {
    try (JsonReader reader =
        CachedJsonProvider.INSTANCE.createReader(new ByteArrayInputStream(body))) {
      return new SendResult.Delivered(ReportJson.parseAnswer(reader.readValue()));
    } catch (JsonException | InvalidFieldException | IllegalArgumentException e) {
      // The batch may well be stored; only the answer is unusable, so this is worth a retry.
      return new SendResult.Unavailable(
          "commander answered HTTP " + status + " with an unreadable answer: " + e.getMessage());
    }
  }

  private String noAnswer() {
    return "no complete answer from the commander within "
        + FailureText.words(settings.requestTimeout());
  }
}
