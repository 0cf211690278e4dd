package io.hashwatch.commander.notify;

import io.hashwatch.protocols.json.CachedJsonProvider;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Posts JSON and says what the answer means for delivery: 2xx is the receiver's to judge, 408 and
 * 429 (with the wait the receiver asked for) and 5xx and no answer are tried again, any other 4xx
 * is refused for good. Every exchange is bounded in time and in the bytes read back.
 */
final class HttpPost {
  static final int MAX_REPLY_BYTES = 16 * 1024;
  static final int ERROR_CHARS = 300;

  /** A receiver's answer: status, headers and the first bytes of its body. */
  record Reply(int status, HttpHeaders headers, String body) {}

  private final HttpClient client;
  private final HttpSettings settings;

  HttpPost(HttpSettings settings) {
    this.settings = settings;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Posts {@code json} with {@code headers}; a 2xx reply is judged by {@code accepted}. */
  Attempt post(
      URI uri, String json, Map<String, String> headers, Function<Reply, Attempt> accepted) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.requestTimeout())
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "Hashwatch")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    CompletableFuture<HttpResponse<byte[]>> exchange =
        client.sendAsync(request.build(), info -> new BoundedBody(MAX_REPLY_BYTES));
    HttpResponse<byte[]> response;
    try {
      // The request timeout ends at the reply's headers; this also bounds reading its body.
      long wait = settings.connectTimeout().plus(settings.requestTimeout()).toMillis();
      response = exchange.get(wait, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      return new Attempt.Failed("no complete reply within " + settings.requestTimeout(), null);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return new Attempt.Failed(describe(cause), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.cancel(true);
      return new Attempt.Failed("interrupted", null);
    }
    Reply reply =
        new Reply(
            response.statusCode(),
            response.headers(),
            new String(response.body(), StandardCharsets.UTF_8));
    return judge(reply, accepted);
  }

  static Attempt judge(Reply reply, Function<Reply, Attempt> accepted) {
    int status = reply.status();
    if (status >= 200 && status < 300) {
      return accepted.apply(reply);
    }
    String error = "HTTP " + status + ": " + Message.cut(reply.body().strip(), ERROR_CHARS);
    if (status == 408 || status == 429) {
      return new Attempt.Failed(error, retryAfter(reply));
    }
    if (status >= 400 && status < 500) {
      return new Attempt.Refused(error);
    }
    return new Attempt.Failed(error, null);
  }

  /**
   * The wait a receiver asked for: Discord's {@code retry_after} and Telegram's {@code
   * parameters.retry_after} (seconds) in the body, else a Retry-After header in seconds.
   */
  static Duration retryAfter(Reply reply) {
    JsonObject json = object(reply.body());
    if (json != null) {
      JsonValue discord = json.get("retry_after");
      JsonObject parameters =
          json.get("parameters") instanceof JsonObject p ? p : JsonValue.EMPTY_JSON_OBJECT;
      JsonValue telegram = parameters.get("retry_after");
      for (JsonValue value : new JsonValue[] {discord, telegram}) {
        if (value instanceof JsonNumber seconds && seconds.doubleValue() >= 0) {
          return Duration.ofMillis((long) Math.ceil(seconds.doubleValue() * 1000));
        }
      }
    }
    try {
      return reply
          .headers()
          .firstValue("Retry-After")
          .map(Long::parseLong)
          .map(Duration::ofSeconds)
          .orElse(null);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The reply as a JSON object, or {@code null} when it is not one. */
  static JsonObject object(String body) {
    try (JsonReader reader = CachedJsonProvider.INSTANCE.createReader(new StringReader(body))) {
      return reader.readValue() instanceof JsonObject object ? object : null;
    } catch (JsonException | IllegalStateException e) {
      return null;
    }
  }

  private static String describe(Throwable error) {
    String message = error.getMessage();
    return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
