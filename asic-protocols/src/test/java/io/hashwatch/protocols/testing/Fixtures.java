package io.hashwatch.protocols.testing;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The recorded replies under src/test/resources/fixtures (see the SOURCES.md in each folder), as
 * text and as the cgminer client parses them, firmware bugs repaired.
 */
public final class Fixtures {

  private Fixtures() {}

  /** The text of {@code fixtures/<path>}, e.g. {@code avalon-foreman/avalon10xx.stats.json}. */
  public static String text(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A recorded reply parsed the way a driver parses what comes over the wire. */
  public static JsonObject json(String path) {
    try {
      return CgminerClient.parse(text(path));
    } catch (MalformedReplyException e) {
      throw new IllegalStateException(path + " does not parse", e);
    }
  }

  /** {@code reply} parsed the way a driver parses what comes over the wire. */
  public static JsonObject parse(String reply) {
    try {
      return CgminerClient.parse(reply);
    } catch (MalformedReplyException e) {
      throw new IllegalStateException("not a reply: " + reply, e);
    }
  }
}
