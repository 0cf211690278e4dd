package io.hashwatch.sentry.demo;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.sentry.uplink.BoundedBody;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Lays out the demo site's racks once its devices exist, so that the control room shows a map from
 * the first minute: 2 rows of 3 racks, 3 shelves of 4 slots each (72 slots for the 53 devices), and
 * every device auto-placed in address order. A site laid out already is left as it is.
 */
public final class DemoRacks {
  static final String LAYOUT =
      "{\"rows\":2,\"racksPerRow\":3,\"shelvesPerRack\":3,\"slotsPerShelf\":4}";
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final int MAX_ANSWER_BYTES = 256 * 1024;

  private final URI commander;
  private final String site;
  private final String authorization;
  private final HttpClient http;

  DemoRacks(URI commander, String site, String authorization, HttpClient http) {
    this.commander = commander;
    this.site = site;
    this.authorization = authorization;
    this.http = http;
  }

  /**
   * Lays out the site and places its devices; what was done, in words.
   *
   * @throws IOException when the commander refuses or cannot be reached; the message says which
   */
  public String layOut() throws IOException, InterruptedException {
    long siteId = siteId();
    String layout = "api/v1/sites/" + siteId + "/layout";
    if (send(request(layout).GET()).statusCode() == 200) {
      return "the racks of site " + site + " are laid out already";
    }
    expect(
        send(request(layout).header("Content-Type", "application/json").PUT(body(LAYOUT))), layout);
    String autoPlace = "api/v1/sites/" + siteId + "/auto-place";
    JsonObject placed =
        json(expect(send(request(autoPlace).POST(HttpRequest.BodyPublishers.noBody())), autoPlace))
            .asJsonObject();
    return "laid out the racks of site "
        + site
        + " and placed "
        + placed.getInt("placed")
        + " devices in them";
  }

  private long siteId() throws IOException, InterruptedException {
    JsonStructure sites = json(expect(send(request("api/v1/sites").GET()), "api/v1/sites"));
    for (JsonValue entry : sites.asJsonArray()) {
      JsonObject candidate = entry.asJsonObject();
      if (site.equals(candidate.getString("name", null))) {
        return candidate.getJsonNumber("id").longValue();
      }
    }
    throw new IOException("the commander has no site named " + site);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(commander.resolve(path))
        .timeout(TIMEOUT)
        .header("Authorization", authorization);
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json);
  }

  private HttpResponse<byte[]> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), BoundedBody.handler(MAX_ANSWER_BYTES));
  }

  private static byte[] expect(HttpResponse<byte[]> answer, String path) throws IOException {
    if (answer.statusCode() != 200) {
      throw new IOException(
          path
              + " answered HTTP "
              + answer.statusCode()
              + " "
              + new String(answer.body(), StandardCharsets.UTF_8));
    }
    return answer.body();
  }

  private static JsonStructure json(byte[] body) throws IOException {
    try (JsonReader reader =
        CachedJsonProvider.INSTANCE.createReader(new ByteArrayInputStream(body))) {
      return reader.read();
    } catch (JsonException e) {
      throw new IOException("the commander's answer is unreadable", e);
    }
  }
}
