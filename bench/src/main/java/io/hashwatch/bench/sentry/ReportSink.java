package io.hashwatch.bench.sentry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.report.Report;
import io.hashwatch.protocols.report.ReportAnswer;
import io.hashwatch.protocols.report.ReportJson;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The commander as far as a sentry sees it: takes each batch, checks it whole with {@link
 * ReportJson} and answers the highest sequence held. Stores nothing; the benchmark measures the
 * sentry, not the commander.
 */
final class ReportSink implements AutoCloseable {
  static final String SENTRY_ID = "1";
  static final String TOKEN = "bench-token";

  private final HttpServer server;
  private final AtomicLong lastSequence = new AtomicLong();
  private final AtomicLong entries = new AtomicLong();

  ReportSink() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext("/api/v1/sentries/" + SENTRY_ID + "/reports", this::report);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  long entries() {
    return entries.get();
  }

  private void report(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream body = exchange.getRequestBody();
        JsonReader reader = CachedJsonProvider.INSTANCE.createReader(body)) {
      if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        exchange.sendResponseHeaders(401, -1);
        return;
      }
      Report report = ReportJson.parse(reader.readValue());
      synchronized (this) {
        long fresh = report.entries().stream().filter(e -> e.seq() > lastSequence.get()).count();
        entries.addAndGet(fresh);
        lastSequence.accumulateAndGet(report.lastSequence(), Math::max);
      }
      byte[] answer =
          ReportJson.toJson(new ReportAnswer(lastSequence.get(), List.of()))
              .toString()
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, answer.length);
      exchange.getResponseBody().write(answer);
    } catch (RuntimeException e) {
      exchange.sendResponseHeaders(400, -1);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
