package io.hashwatch.sentry.uplink;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hashwatch.protocols.json.InvalidFieldException;
import io.hashwatch.protocols.report.CommandResult;
import io.hashwatch.protocols.report.Report;
import io.hashwatch.protocols.report.ReportAnswer;
import io.hashwatch.protocols.report.ReportEntry;
import io.hashwatch.protocols.report.ReportJson;
import io.hashwatch.protocols.report.SentryCommand;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A commander on loopback that does what the ingest API promises: checks the bearer token, parses
 * the batch with {@link ReportJson#parse}, stores the entries above the last sequence it holds and
 * answers that sequence with the commands waiting (each sent again in every answer until a result
 * for it arrives, as the commander does). A test can make it answer something else instead, or
 * never answer, and wait for what it stored.
 */
public final class CommanderStandIn implements AutoCloseable {
  public static final String SENTRY_ID = "farm-1";
  public static final String TOKEN = "s3cret-token";

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final List<Report> reports = new CopyOnWriteArrayList<>();
  private final List<String> paths = new CopyOnWriteArrayList<>();
  private final List<ReportEntry> stored = new ArrayList<>();
  private final List<CommandResult> results = new ArrayList<>();
  private final Map<Long, SentryCommand> waiting = new LinkedHashMap<>();
  private long lastSequence;
  private volatile Canned canned;

  /** An answer given to every request instead of the real one. */
  public record Canned(int status, String contentType, byte[] body, boolean stallBody) {}

  private CommanderStandIn(long lastSequence) throws IOException {
    this.lastSequence = lastSequence;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a stand-in that already holds readings up to {@code lastSequence}. */
  public static CommanderStandIn holdingUpTo(long lastSequence) throws IOException {
    return new CommanderStandIn(lastSequence);
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The batches it accepted, in order of arrival. */
  public List<Report> reports() {
    return List.copyOf(reports);
  }

  /** The paths of all requests, answered or not. */
  public List<String> paths() {
    return List.copyOf(paths);
  }

  public void answer(int status, String contentType, String body) {
    canned = new Canned(status, contentType, body.getBytes(StandardCharsets.UTF_8), false);
  }

  public void answer(Canned answer) {
    canned = answer;
  }

  /** Answers as the ingest API again, after {@link #answer} or {@link #neverAnswer}. */
  public void ingest() {
    canned = null;
  }

  /** Hands {@code command} to the sentry in every answer until its result arrives. */
  public synchronized void command(SentryCommand command) {
    waiting.put(command.id(), command);
  }

  /** The entries stored, each once, in the order stored. */
  public synchronized List<ReportEntry> stored() {
    return List.copyOf(stored);
  }

  /** The command results received, in order, repeats included. */
  public synchronized List<CommandResult> commandResults() {
    return List.copyOf(results);
  }

  public synchronized long lastSequence() {
    return lastSequence;
  }

  /**
   * Waits until {@code condition} holds for this stand-in, at most {@code patience}.
   *
   * @return whether it held in time
   */
  public synchronized boolean await(Predicate<CommanderStandIn> condition, Duration patience)
      throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (!condition.test(this)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }

  /** Accepts every connection and request but never sends a byte back. */
  public void neverAnswer() {
    canned = new Canned(0, null, null, false);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      synchronized (this) {
        paths.add(exchange.getRequestURI().getPath());
        notifyAll();
      }
      byte[] request = exchange.getRequestBody().readAllBytes();
      Canned answer = canned;
      if (answer == null) {
        answer = ingest(exchange, request);
      }
      if (answer.status() == 0) {
        awaitClose();
        return;
      }
      send(exchange, answer);
    }
  }

  private Canned ingest(HttpExchange exchange, byte[] request) {
    if (!exchange.getRequestURI().getPath().equals("/api/v1/sentries/" + SENTRY_ID + "/reports")) {
      return problem(404, "Not Found", "no such sentry", null);
    }
    if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      return problem(401, "Unauthorized", "wrong or missing token", null);
    }
    Report report;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(request))) {
      report = ReportJson.parse(reader.readValue());
    } catch (InvalidFieldException e) {
      return problem(400, "Bad Request", e.problem(), e.field());
    }
    String body = ReportJson.toJson(store(report)).toString();
    return new Canned(200, "application/json", body.getBytes(StandardCharsets.UTF_8), false);
  }

  private synchronized ReportAnswer store(Report report) {
    reports.add(report);
    for (ReportEntry entry : report.entries()) {
      if (entry.seq() > lastSequence) {
        stored.add(entry);
        lastSequence = entry.seq();
      }
    }
    for (CommandResult result : report.commandResults()) {
      results.add(result);
      waiting.remove(result.id());
    }
    notifyAll();
    return new ReportAnswer(lastSequence, List.copyOf(waiting.values()));
  }

  /**
   * What a Payara Micro whose commander failed to deploy (the database was away at boot) answers to
   * every URL: 404 with its HTML error page.
   */
  public static Canned undeployed() {
    String page =
        "<!DOCTYPE html><html><head><title>Payara Micro #badassfish - Error report</title></head>"
            + "<body><h1>HTTP Status 404 - Not Found</h1><hr/><p><b>type</b> Status report</p>"
            + "<p><b>description</b> The requested resource is not available.</p><hr/>"
            + "<h3>Payara Micro #badassfish</h3></body></html>";
    return new Canned(404, "text/html", page.getBytes(StandardCharsets.UTF_8), false);
  }

  public static Canned problem(int status, String title, String detail, String field) {
    var json =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status)
            .add("detail", detail);
    if (field != null) {
      json.add("field", field);
    }
    byte[] body = json.build().toString().getBytes(StandardCharsets.UTF_8);
    return new Canned(status, "application/problem+json", body, false);
  }

  private void send(HttpExchange exchange, Canned answer) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", answer.contentType());
    exchange.sendResponseHeaders(answer.status(), answer.stallBody() ? 0 : answer.body().length);
    try (OutputStream out = exchange.getResponseBody()) {
      if (answer.stallBody()) {
        out.write(answer.body());
        out.flush();
        awaitClose();
      } else {
        out.write(answer.body());
      }
    } catch (IOException e) {
      // The client hung up early, as it should on an answer over its bound.
    }
  }

  private void awaitClose() {
    try {
      closing.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    threads.shutdownNow();
  }
}
