package io.hashwatch.protocols.json;

import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * Reply bodies that must be JSON as they stand (web APIs, relays; cgminer replies go through their
 * repair instead): anything else is a {@link MalformedReplyException} that quotes the start of the
 * body.
 */
public final class JsonReplies {
  private static final int SNIPPET_CHARS = 100;

  private JsonReplies() {}

  /**
   * The JSON value of {@code body}.
   *
   * @param what the reply, for the message: "the reply", "the answer to GET /summary"
   */
  public static JsonValue parse(String body, String what) throws MalformedReplyException {
    try (JsonReader reader = CachedJsonProvider.INSTANCE.createReader(new StringReader(body))) {
      return reader.readValue();
    } catch (JsonException e) {
      throw new MalformedReplyException(what + " is not JSON: " + snippet(body), e);
    } catch (NumberFormatException e) {
      // Parsson lets BigDecimal refuse a number such as 1e9999999999 (exponent overflow).
      throw new MalformedReplyException(what + " holds an impossible number: " + snippet(body), e);
    } catch (RuntimeException e) {
      // Parsson refuses nesting past its depth limit (1000) with a bare RuntimeException
      throw new MalformedReplyException(
          what + " cannot be read (" + e.getMessage() + "): " + snippet(body), e);
    }
  }

  /** The JSON object of {@code body}; any other JSON value is malformed too. */
  public static JsonObject object(String body, String what) throws MalformedReplyException {
    JsonValue value = parse(body, what);
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new MalformedReplyException(what + " is not a JSON object: " + snippet(body));
    }
    return value.asJsonObject();
  }

  /** The start of {@code text} on one line, for messages. */
  public static String snippet(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= SNIPPET_CHARS ? flat : flat.substring(0, SNIPPET_CHARS) + "...";
  }
}
