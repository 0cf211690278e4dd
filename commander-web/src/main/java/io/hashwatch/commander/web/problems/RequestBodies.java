package io.hashwatch.commander.web.problems;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.InvalidFieldException;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a JSON request body with a bound on its size. */
public final class RequestBodies {

  private RequestBodies() {}

  /**
   * The body as JSON.
   *
   * @throws WebApplicationException 413 when the body is larger than {@code maxBytes}
   * @throws InvalidFieldException with field {@code $} when it is not JSON
   */
  public static JsonValue json(InputStream body, int maxBytes) {
    byte[] bytes;
    try {
      bytes = body.readNBytes(maxBytes + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the request body failed", e);
    }
    if (bytes.length > maxBytes) {
      throw new WebApplicationException(
          "the request body is larger than " + maxBytes + " bytes", 413);
    }
    if (bytes.length == 0) {
      throw new InvalidFieldException("$", "the request body is empty");
    }
    try (JsonReader reader =
        CachedJsonProvider.INSTANCE.createReader(new ByteArrayInputStream(bytes))) {
      return reader.readValue();
    } catch (JsonException e) {
      throw new InvalidFieldException("$", "is not valid JSON: " + e.getMessage());
    }
  }
}
