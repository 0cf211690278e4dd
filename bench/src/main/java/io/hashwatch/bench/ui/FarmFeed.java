package io.hashwatch.bench.ui;

import io.hashwatch.bench.SentryLogin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * One simulated sentry of the UI benchmark: it watches {@code devices} ASICs and reports each once
 * per {@code interval}, spread evenly: run once a second, it posts the devices due in that second,
 * each reading stamped with the moment it is sent, so that a page can tell how old a pushed figure
 * is.
 */
final class FarmFeed implements Runnable {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final SentryLogin sentry;
  private final URI reports;
  private final int devices;
  private final int intervalSeconds;
  private final HttpClient http;
  private final LongAdder delivered;
  private final LongAdder failed;
  private long seq;
  private long second;

  FarmFeed(
      SentryLogin sentry,
      URI commander,
      int devices,
      int intervalSeconds,
      HttpClient http,
      LongAdder delivered,
      LongAdder failed) {
    this.sentry = sentry;
    this.reports = commander.resolve("api/v1/sentries/" + sentry.id() + "/reports");
    this.devices = devices;
    this.intervalSeconds = intervalSeconds;
    this.http = http;
    this.delivered = delivered;
    this.failed = failed;
  }

  /** Posts the devices due in this second; the caller runs it once a second. */
  @Override
  public void run() {
    List<String> entries = new ArrayList<>();
    for (int device = (int) (second % intervalSeconds);
        device < devices;
        device += intervalSeconds) {
      entries.add(entry(device));
    }
    post(entries);
    second++;
  }

  /** The address of device {@code index} of this sentry, as the bench's pages show it. */
  String address(int index) {
    return String.format(
        Locale.ROOT, "10.%d.%d.%d:4028", sentry.index() + 1, index / 250, index % 250 + 1);
  }

  private String entry(int device) {
    seq++;
    double hashrate = 1.0e14 + (seq % 1000) * 1e10;
    return String.format(
        Locale.ROOT,
        "{\"seq\":%d,\"time\":\"%s\",\"address\":\"%s\",\"kind\":\"asic\",\"reading\":{\"result\":\"reading\","
            + "\"make\":\"Bitmain\",\"model\":\"Antminer S19 Pro\",\"algorithm\":\"SHA-256\","
            + "\"hashrateHs\":%.1f,\"powerW\":3250,\"fansRpm\":[5400,5520],"
            + "\"pools\":[{\"url\":\"stratum+tcp://pool.example:3333\",\"user\":\"farm.w%d\",\"active\":true}],"
            + "\"boards\":[{\"index\":0,\"hashrateHs\":%.1f,\"chipTempC\":%d,\"chips\":76,\"expectedChips\":76}]}}",
        seq,
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        address(device),
        hashrate,
        device,
        hashrate,
        60 + (int) (seq % 20));
  }

  private void post(List<String> entries) {
    String body = "{\"entries\":[" + String.join(",", entries) + "],\"dropped\":0}";
    HttpRequest request =
        HttpRequest.newBuilder(reports)
            .timeout(REQUEST_TIMEOUT)
            .header("Authorization", "Bearer " + sentry.token())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() == 200) {
        delivered.add(entries.size());
      } else {
        failed.add(entries.size());
      }
    } catch (IOException e) {
      failed.add(entries.size());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
