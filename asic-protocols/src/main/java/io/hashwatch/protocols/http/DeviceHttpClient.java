package io.hashwatch.protocols.http;

import io.hashwatch.protocols.transport.DeviceConnectException;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceTimeoutException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * HTTP calls to devices with a connect timeout, a timeout for the whole answer and a bound on its
 * body. Sends Basic credentials and login tokens with the request and answers Digest challenges
 * itself. An HTTP error status is a reply, not an exception: what it means depends on the device.
 */
public final class DeviceHttpClient {
  /** The content type of a JSON request body. */
  public static final String JSON = "application/json";

  /**
   * @param connectTimeout to open the connection
   * @param requestTimeout for the whole exchange, body included
   * @param maxBodyBytes the largest body accepted
   */
  public record Settings(Duration connectTimeout, Duration requestTimeout, int maxBodyBytes) {
    public static final Settings DEFAULT =
        new Settings(Duration.ofSeconds(3), Duration.ofSeconds(10), 1024 * 1024);
  }

  private static final ScheduledExecutorService DEADLINES =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "device-http-deadlines");
            thread.setDaemon(true);
            return thread;
          });

  private final HttpClient http;
  private final Settings settings;

  public DeviceHttpClient(Settings settings) {
    this.settings = settings;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            // Device web servers are small embedded ones: no h2c upgrade attempts.
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public HttpReply get(URI uri, HttpAuth auth) throws DeviceException {
    return exchange("GET", uri, null, null, auth);
  }

  /** POSTs {@code body} (none when null) as {@code contentType}. */
  public HttpReply post(URI uri, String contentType, String body, HttpAuth auth)
      throws DeviceException {
    return exchange("POST", uri, contentType, body, auth);
  }

  /** PUTs {@code body} (none when null) as {@code contentType}. */
  public HttpReply put(URI uri, String contentType, String body, HttpAuth auth)
      throws DeviceException {
    return exchange("PUT", uri, contentType, body, auth);
  }

  private HttpReply exchange(String method, URI uri, String contentType, String body, HttpAuth auth)
      throws DeviceException {
    long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
    Answer first = send(request(method, uri, contentType, body, sentFirst(auth)), deadline);
    if (first.reply().status() == 401 && auth instanceof HttpAuth.Digest digest) {
      DigestChallenge challenge = DigestChallenge.parse(first.challenge());
      if (challenge != null) {
        String header =
            challenge.answer(method, requestTarget(uri), digest.user(), digest.password());
        return send(request(method, uri, contentType, body, header), deadline).reply();
      }
    }
    return first.reply();
  }

  /** A reply with the challenge its {@code WWW-Authenticate} header made, if any. */
  private record Answer(HttpReply reply, String challenge) {}

  private HttpRequest request(
      String method, URI uri, String contentType, String body, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    if (body != null && contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return request.build();
  }

  private Answer send(HttpRequest request, long deadline) throws DeviceException {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw new DeviceTimeoutException(request.uri() + " did not answer in time", null);
    }
    HttpRequest timed =
        HttpRequest.newBuilder(request, (name, value) -> true)
            .timeout(Duration.ofNanos(left))
            .build();
    try {
      HttpResponse<InputStream> response =
          http.send(timed, HttpResponse.BodyHandlers.ofInputStream());
      String challenge = response.headers().firstValue("WWW-Authenticate").orElse(null);
      try (InputStream in = response.body()) {
        byte[] bytes = readBody(in, deadline, request);
        return new Answer(
            new HttpReply(response.statusCode(), new String(bytes, StandardCharsets.UTF_8)),
            challenge);
      }
    } catch (HttpConnectTimeoutException e) {
      throw new DeviceTimeoutException(request.uri() + " did not accept a connection in time", e);
    } catch (HttpTimeoutException e) {
      throw new DeviceTimeoutException(request.uri() + " did not answer in time", e);
    } catch (ConnectException e) {
      throw new DeviceConnectException("cannot connect to " + request.uri() + ": " + reason(e), e);
    } catch (IOException e) {
      throw new DeviceConnectException(request.uri() + " broke the exchange: " + reason(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeviceTimeoutException("interrupted while asking " + request.uri(), e);
    }
  }

  /**
   * Reads the body within the exchange's deadline: the JDK's request timeout ends when the headers
   * arrive, so a device that stalls mid-body is cut off by closing the stream at the deadline.
   */
  private byte[] readBody(InputStream in, long deadline, HttpRequest request)
      throws DeviceException, IOException {
    long left = Math.max(1, deadline - System.nanoTime());
    ScheduledFuture<?> cutOff =
        DEADLINES.schedule(
            () -> {
              try {
                in.close();
              } catch (IOException e) {
                // closing is all that is wanted
              }
            },
            left,
            TimeUnit.NANOSECONDS);
    try {
      byte[] bytes = in.readNBytes(settings.maxBodyBytes() + 1);
      if (System.nanoTime() - deadline >= 0) {
        throw new DeviceTimeoutException(
            request.uri() + " did not finish its answer in time", null);
      }
      if (bytes.length > settings.maxBodyBytes()) {
        throw new MalformedReplyException(
            request.uri() + " sent a body over " + settings.maxBodyBytes() + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      if (System.nanoTime() - deadline >= 0) {
        throw new DeviceTimeoutException(request.uri() + " did not finish its answer in time", e);
      }
      throw e;
    } finally {
      cutOff.cancel(false);
    }
  }

  /** The JDK's ConnectException often says only "null"; its cause says "Connection refused". */
  private static String reason(Exception e) {
    Throwable cause = e;
    while (unsaid(cause.getMessage()) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return unsaid(cause.getMessage()) ? "connection refused" : cause.getMessage();
  }

  private static boolean unsaid(String message) {
    return message == null || message.isBlank() || message.equals("null");
  }

  /** The {@code Authorization} the first request carries: Digest waits for a challenge. */
  private static String sentFirst(HttpAuth auth) {
    if (auth instanceof HttpAuth.Basic basic) {
      String pair = basic.user() + ":" + basic.password();
      return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
    return auth instanceof HttpAuth.Token token ? token.authorization() : null;
  }

  private static String requestTarget(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }
}
