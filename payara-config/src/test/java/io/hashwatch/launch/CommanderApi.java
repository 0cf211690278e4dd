package io.hashwatch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The commander's HTTP API as the end-to-end tests call it, logged in as the first admin. */
final class CommanderApi {
  static final String ADMIN_PASSWORD = "e2e-admin-secret";
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  /** The launch environment of a commander whose data lives under {@code work}. */
  static Map<String, String> environment(Path work) {
    Map<String, String> environment = new HashMap<>();
    environment.put("HASHWATCH_DATA_DIR", work.resolve("data").toString());
    environment.put("HASHWATCH_ADMIN_PASSWORD", ADMIN_PASSWORD);
    return environment;
  }

  static Path workDir(String name) throws IOException {
    Path dir = Path.of(System.getProperty("work.dir"), name + "-" + UUID.randomUUID());
    return Files.createDirectories(dir);
  }

  JsonObject registerSentry(LaunchedCommander commander, String name) throws Exception {
    return json(send(post(commander, "api/v1/sentries", "{\"name\":\"" + name + "\"}"), 201))
        .asJsonObject();
  }

  HttpRequest.Builder get(LaunchedCommander commander, String path) {
    return HttpRequest.newBuilder(commander.base.resolve(path)).header("Authorization", admin());
  }

  HttpRequest.Builder post(LaunchedCommander commander, String path, String body) {
    return HttpRequest.newBuilder(commander.base.resolve(path))
        .header("Authorization", admin())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  HttpRequest.Builder put(LaunchedCommander commander, String path, String body) {
    return HttpRequest.newBuilder(commander.base.resolve(path))
        .header("Authorization", admin())
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body));
  }

  String send(HttpRequest.Builder request, int expectedStatus) throws Exception {
    HttpResponse<String> response =
        http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
    return response.body();
  }

  static String admin() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  static JsonStructure json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.read();
    }
  }
}
