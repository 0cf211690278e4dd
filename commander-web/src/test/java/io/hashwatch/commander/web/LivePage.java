package io.hashwatch.commander.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/** An open page as a browser holds it: a WebSocket to the live updates, keeping what arrives. */
final class LivePage implements WebSocket.Listener, AutoCloseable {
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final Queue<JsonObject> messages = new ConcurrentLinkedQueue<>();
  private final StringBuilder partial = new StringBuilder();
  private final WebSocket socket;

  private LivePage(URI commander, String authorization) {
    WebSocket.Builder builder =
        HttpClient.newBuilder().connectTimeout(TIMEOUT).build().newWebSocketBuilder();
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    this.socket =
        builder
            .connectTimeout(TIMEOUT)
            .buildAsync(live(commander), this)
            .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
            .join();
  }

  /** Opens the live updates with {@code authorization}; fails when the handshake is refused. */
  static LivePage open(URI commander, String authorization) {
    return new LivePage(commander, authorization);
  }

  /** The handshake alone, to see it refused: completes exceptionally when it is. */
  static CompletableFuture<WebSocket> handshake(URI commander, String authorization) {
    WebSocket.Builder builder =
        HttpClient.newBuilder().connectTimeout(TIMEOUT).build().newWebSocketBuilder();
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder.buildAsync(live(commander), new WebSocket.Listener() {});
  }

  /** The handshake with these request headers (name, value, name, value...). */
  static CompletableFuture<WebSocket> handshakeWithHeaders(URI commander, String... headers) {
    WebSocket.Builder builder =
        HttpClient.newBuilder().connectTimeout(TIMEOUT).build().newWebSocketBuilder();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder.buildAsync(live(commander), new WebSocket.Listener() {});
  }

  /** The messages received so far, oldest first. */
  List<JsonObject> messages() {
    return List.copyOf(messages);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      try (var reader = Json.createReader(new StringReader(partial.toString()))) {
        messages.add(reader.readObject());
      }
      partial.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public void close() {
    socket.abort();
  }

  private static URI live(URI commander) {
    return URI.create(commander.toString().replaceFirst("^http", "ws")).resolve("api/v1/live");
  }
}
