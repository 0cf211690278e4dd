package io.hashwatch.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Registers the simulated sentries through the API, as an admin does ({@code POST /sentries}). */
public final class Registration {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private Registration() {}

  public static List<SentryLogin> register(Commander commander, String runId, int count)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String admin =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    ("admin:" + commander.adminPassword).getBytes(StandardCharsets.UTF_8));
    List<SentryLogin> logins = new ArrayList<>();
    for (int index = 0; index < count; index++) {
      String name = "bench-" + runId + "-" + index;
      HttpRequest request =
          HttpRequest.newBuilder(commander.base.resolve("api/v1/sentries"))
              .timeout(TIMEOUT)
              .header("Authorization", admin)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}"))
              .build();
      HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 201) {
        throw new IllegalStateException(
            "registering sentry "
                + name
                + " answered "
                + answer.statusCode()
                + ": "
                + answer.body());
      }
      try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
        JsonObject sentry = reader.readObject();
        logins.add(
            new SentryLogin(
                index,
                sentry.getJsonNumber("id").longValue(),
                sentry.getString("name"),
                sentry.getString("token")));
      }
    }
    return logins;
  }
}
