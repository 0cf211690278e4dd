package io.hashwatch.bench;

import io.hashwatch.protocols.report.ReportJson;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;

/**
 * One sentry with a full outbox: it posts a batch, waits for the answer, and posts the next batch
 * from the sequence after the acknowledged one, as fast as the commander takes them, until the
 * window ends. A failed request is resent as it was (the commander skips what it holds already).
 */
final class SimulatedSentry implements Callable<SentryTally> {
  private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

  private final SentryLogin login;
  private final ReadingFeed feed;
  private final int batchSize;
  private final URI reports;
  private final Duration requestTimeout;
  private final MeasuredWindow window;
  private final LongAdder acknowledgedByAll;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  SimulatedSentry(
      SentryLogin login,
      ReadingFeed feed,
      int batchSize,
      URI commander,
      Duration requestTimeout,
      MeasuredWindow window,
      LongAdder acknowledgedByAll) {
    this.login = login;
    this.feed = feed;
    this.batchSize = batchSize;
    this.reports = commander.resolve("api/v1/sentries/" + login.id() + "/reports");
    this.requestTimeout = requestTimeout;
    this.window = window;
    this.acknowledgedByAll = acknowledgedByAll;
  }

  @Override
  public SentryTally call() throws InterruptedException {
    long acknowledged = 0;
    long measuredEntries = 0;
    LatencyLog latencies = new LatencyLog();
    int failures = 0;
    String lastFailure = null;
    while (!window.over(System.nanoTime())) {
      HttpRequest request =
          HttpRequest.newBuilder(reports)
              .timeout(requestTimeout)
              .header("Authorization", "Bearer " + login.token())
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofByteArray(
                      feed.reportBody(acknowledged + 1, batchSize)))
              .build();
      long sent = System.nanoTime();
      String failure;
      try {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        long done = System.nanoTime();
        long last = answer.statusCode() == 200 ? lastSequence(answer.body()) : -1;
        if (last >= acknowledged) {
          if (window.measures(done)) {
            measuredEntries += last - acknowledged;
            latencies.add(done - sent);
          }
          acknowledgedByAll.add(last - acknowledged);
          acknowledged = last;
          continue;
        }
        failure =
            answer.statusCode() == 200
                ? "lastSequence went back from " + acknowledged + " to " + last
                : "status " + answer.statusCode() + ": " + abbreviate(answer.body());
      } catch (IOException | RuntimeException e) {
        failure = e.toString();
      }
      failures++;
      lastFailure = failure;
      Thread.sleep(RETRY_PAUSE.toMillis());
    }
    return new SentryTally(login, acknowledged, measuredEntries, latencies, failures, lastFailure);
  }

  private static long lastSequence(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return ReportJson.parseAnswer(reader.readValue()).lastSequence();
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }
}
