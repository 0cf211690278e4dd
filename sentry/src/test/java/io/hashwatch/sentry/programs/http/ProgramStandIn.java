package io.hashwatch.sentry.programs.http;

import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.protocols.testing.HttpStandIn;
import io.hashwatch.protocols.testing.HttpStandIn.Answer;
import io.hashwatch.protocols.testing.HttpStandIn.Request;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A miner program's JSON API on a real loopback HTTP server: answers by request ({@code "GET
 * /summary"}, the full target with its query first, then the path alone), 404 to anything else
 * unless told otherwise. It can demand a bearer token as xmrig does (401 without, 403 when wrong)
 * and can hang until closed.
 */
public final class ProgramStandIn implements AutoCloseable {
  private final Map<String, Function<Request, Answer>> answers = new ConcurrentHashMap<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final HttpStandIn server;
  private volatile Function<Request, Answer> otherwise =
      unused -> Answer.status(404, "{\"error\":\"not found\"}");
  private volatile boolean hanging;
  private volatile String bearer;

  public ProgramStandIn() throws IOException {
    server = new HttpStandIn(this::answer);
  }

  /** Answers {@code request} ({@code "GET /summary"}) with the JSON {@code body}. */
  public ProgramStandIn json(String request, String body) {
    return answer(request, unused -> Answer.json(body));
  }

  /** Answers {@code request} with the recorded reply {@code fixtures/<path>}. */
  public ProgramStandIn fixture(String request, String path) {
    return json(request, Fixtures.text(path));
  }

  public ProgramStandIn status(String request, int status, String body) {
    return answer(request, unused -> Answer.status(status, body));
  }

  public ProgramStandIn answer(String request, Function<Request, Answer> answer) {
    answers.put(request, answer);
    return this;
  }

  /** Answers every request without an answer of its own with the JSON {@code body}. */
  public ProgramStandIn otherwise(String body) {
    this.otherwise = unused -> Answer.json(body);
    return this;
  }

  /** Every request must carry {@code Authorization: Bearer <token>}, as xmrig with a token. */
  public ProgramStandIn requireBearer(String token) {
    this.bearer = token;
    return this;
  }

  /** Every request waits, unanswered, until the stand-in closes. */
  public ProgramStandIn hanging() {
    this.hanging = true;
    return this;
  }

  public ProgramEndpoint endpoint() {
    return endpoint(null);
  }

  public ProgramEndpoint endpoint(String token) {
    return new ProgramEndpoint(
        "miner", URI.create("http://127.0.0.1:" + server.port()), token, Map.of());
  }

  public int port() {
    return server.port();
  }

  /** The requests as {@code "GET /summary"}, in order. */
  public List<String> requestLines() {
    return server.requests().stream().map(r -> r.method() + " " + r.target()).toList();
  }

  public List<Request> requests() {
    return server.requests();
  }

  private Answer answer(Request request) {
    if (hanging) {
      try {
        closed.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Answer.status(503, "");
    }
    if (bearer != null && request.authorization() == null) {
      return Answer.status(401, "");
    }
    if (bearer != null && !request.authorization().equals("Bearer " + bearer)) {
      return Answer.status(403, "");
    }
    Function<Request, Answer> answer = answers.get(request.method() + " " + request.target());
    if (answer == null) {
      answer = answers.get(request.method() + " " + request.path());
    }
    return (answer == null ? otherwise : answer).apply(request);
  }

  @Override
  public void close() {
    closed.countDown();
    server.close();
  }
}
