package io.hashwatch.commander.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** A plain HTTP client for the commander's API, as any third-party tool would call it. */
final class CommanderApi {
  static final String ADMIN_PASSWORD = "it-admin-secret";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final URI base;

  CommanderApi(URI base) {
    this.base = base;
  }

  /** A registered sentry, with its one-time token. */
  record Sentry(long id, String token) {}

  Sentry registerSentry(String name) {
    return register("{\"name\":\"" + name + "\"}");
  }

  Sentry registerSentry(String name, String site) {
    return register("{\"name\":\"" + name + "\",\"site\":\"" + site + "\"}");
  }

  private Sentry register(String body) {
    HttpResponse<String> response =
        send(
            request("api/v1/sentries")
                .header("Authorization", basic("admin", ADMIN_PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    if (response.statusCode() != 201) {
      throw new AssertionError(
          "registering a sentry gave " + response.statusCode() + ": " + response.body());
    }
    JsonObject sentry = json(response.body()).asJsonObject();
    return new Sentry(sentry.getJsonNumber("id").longValue(), sentry.getString("token"));
  }

  /** A user's name and password. */
  record Login(String username, String password) {}

  /** Adds a user with {@code role} (viewer, operator or admin); the user's Basic credentials. */
  String addUser(String role) {
    Login login = addLogin(role);
    return basic(login.username(), login.password());
  }

  /** Adds a user with {@code role} (viewer, operator or admin); the user's name and password. */
  Login addLogin(String role) {
    String name = role + "-" + UUID.randomUUID();
    String password = "pw-" + UUID.randomUUID();
    HttpResponse<String> response =
        post(
            "api/v1/users",
            basic("admin", ADMIN_PASSWORD),
            """
            {"username":"%s","password":"%s","role":"%s"}"""
                .formatted(name, password, role));
    if (response.statusCode() != 201) {
      throw new AssertionError(
          "adding a user gave " + response.statusCode() + ": " + response.body());
    }
    return new Login(name, password);
  }

  HttpResponse<String> post(String path, String authorization, String body) {
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request);
  }

  HttpResponse<String> put(String path, String authorization, String body) {
    return send(
        request(path)
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> delete(String path, String authorization) {
    return send(request(path).header("Authorization", authorization).DELETE());
  }

  HttpResponse<String> report(long sentryId, String authorization, String body) {
    HttpRequest.Builder request =
        request("api/v1/sentries/" + sentryId + "/reports")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request);
  }

  HttpResponse<String> get(String path, String authorization) {
    HttpRequest.Builder request = request(path).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request);
  }

  JsonArray getArrayAsAdmin(String path) {
    HttpResponse<String> response = get(path, basic("admin", ADMIN_PASSWORD));
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "GET " + path + " gave " + response.statusCode() + ": " + response.body());
    }
    return json(response.body()).asJsonArray();
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static String bearer(String token) {
    return "Bearer " + token;
  }

  static JsonStructure json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.read();
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
