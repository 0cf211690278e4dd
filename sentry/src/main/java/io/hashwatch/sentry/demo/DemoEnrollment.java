package io.hashwatch.sentry.demo;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.sentry.uplink.BoundedBody;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

/**
 * The demo sentries' registration with the commander: the ASIC sentry {@code demo} and the rig
 * sentry {@code demo-rig}, each done once through {@code POST /api/v1/sentries} as the first admin,
 * then kept in {@code <data>/demo/sentry.properties} and {@code rig-sentry.properties} (mode 600)
 * so that later starts need no admin password.
 */
public final class DemoEnrollment {
  /** The ASIC sentry's name, and the demo's site. */
  static final String SENTRY_NAME = "demo";

  static final String RIG_NAME = "demo-rig";
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final int MAX_ANSWER_BYTES = 64 * 1024;
  private static final int NAME_TRIES = 20;

  /** The registered sentry. */
  public record Enrolled(String id, String token) {}

  private final URI commander;
  private final Path dataDir;
  private final Map<String, String> environment;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public DemoEnrollment(URI commander, Path dataDir, Map<String, String> environment) {
    this.commander = commander;
    this.dataDir = dataDir;
    this.environment = environment;
  }

  public Path stateDir() {
    return dataDir.resolve("demo");
  }

  /** Whether the commander answers its health check with 200. */
  public boolean commanderReady() {
    try {
      HttpRequest health =
          HttpRequest.newBuilder(commander.resolve("health")).timeout(TIMEOUT).build();
      return http.send(health, BoundedBody.handler(MAX_ANSWER_BYTES)).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * The demo ASIC sentry's id and token: the kept ones, else a new registration.
   *
   * @throws IOException when the commander refuses or the state cannot be written; the message says
   *     which
   */
  public Enrolled enroll() throws IOException, InterruptedException {
    return enroll(SENTRY_NAME, "sentry.properties");
  }

  /** The demo rig sentry's id and token, as {@link #enroll()}. */
  public Enrolled enrollRig() throws IOException, InterruptedException {
    return enroll(RIG_NAME, "rig-sentry.properties");
  }

  private Enrolled enroll(String name, String file) throws IOException, InterruptedException {
    Path kept = stateDir().resolve(file);
    if (Files.exists(kept)) {
      Properties properties = new Properties();
      try (var in = Files.newInputStream(kept)) {
        properties.load(in);
      }
      String id = properties.getProperty("id");
      String token = properties.getProperty("token");
      if (id != null && token != null) {
        return new Enrolled(id, token);
      }
    }
    Enrolled enrolled = register(name, adminPassword());
    keep(kept, enrolled);
    return enrolled;
  }

  private String adminPassword() throws IOException {
    String given = environment.get("HASHWATCH_ADMIN_PASSWORD");
    if (given != null && !given.isBlank()) {
      return given;
    }
    Path generated = dataDir.resolve("admin-password");
    if (!Files.isReadable(generated)) {
      throw new IOException(
          "no admin password to register the demo sentry with: HASHWATCH_ADMIN_PASSWORD is unset"
              + " and "
              + generated
              + " cannot be read");
    }
    return Files.readString(generated, StandardCharsets.UTF_8).strip();
  }

  /** The demo site's racks, laid out with the admin's credentials. */
  public DemoRacks racks() throws IOException {
    return new DemoRacks(commander, SENTRY_NAME, admin(adminPassword()), http);
  }

  private static String admin(String adminPassword) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
  }

  /** Registers under the first free name of NAME, NAME-2, NAME-3... (a name may be taken). */
  private Enrolled register(String wanted, String adminPassword)
      throws IOException, InterruptedException {
    String authorization = admin(adminPassword);
    for (int attempt = 1; attempt <= NAME_TRIES; attempt++) {
      String name = attempt == 1 ? wanted : wanted + "-" + attempt;
      HttpRequest request =
          HttpRequest.newBuilder(commander.resolve("api/v1/sentries"))
              .timeout(TIMEOUT)
              .header("Authorization", authorization)
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"name\":\"" + name + "\",\"site\":\"" + SENTRY_NAME + "\"}"))
              .build();
      HttpResponse<byte[]> answer = http.send(request, BoundedBody.handler(MAX_ANSWER_BYTES));
      if (answer.statusCode() == 201) {
        JsonObject sentry = json(answer.body());
        return new Enrolled(
            String.valueOf(sentry.getJsonNumber("id").longValue()), sentry.getString("token"));
      }
      if (answer.statusCode() != 409) {
        throw new IOException(
            "the commander refused to register the demo sentry: HTTP "
                + answer.statusCode()
                + " "
                + new String(answer.body(), StandardCharsets.UTF_8));
      }
    }
    throw new IOException(
        "sentry names " + wanted + " to " + wanted + "-" + NAME_TRIES + " are all taken");
  }

  private static JsonObject json(byte[] body) throws IOException {
    try (JsonReader reader =
        CachedJsonProvider.INSTANCE.createReader(new ByteArrayInputStream(body))) {
      return reader.readObject();
    } catch (JsonException | ClassCastException e) {
      throw new IOException("the commander's answer to the registration is unreadable", e);
    }
  }

  /** Writes the registration with owner-only permissions, replacing any older one at once. */
  private static void keep(Path file, Enrolled enrolled) throws IOException {
    Files.createDirectories(file.getParent());
    Path temporary =
        Files.createTempFile(
            file.getParent(),
            "sentry",
            ".tmp",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(
        temporary,
        "# A demo sentry's registration; delete it to register again.\n"
            + "id="
            + enrolled.id()
            + "\ntoken="
            + enrolled.token()
            + "\n");
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
