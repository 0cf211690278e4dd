package io.hashwatch.protocols.miner.whatsminer;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The recorded replies under src/test/resources/fixtures (see SOURCES.md in each folder). */
final class Fixtures {

  private Fixtures() {}

  static String text(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fixture parsed as the client parses a reply, firmware bugs repaired. */
  static JsonObject json(String path) {
    try {
      return CgminerClient.parse(text(path));
    } catch (MalformedReplyException e) {
      throw new IllegalStateException(path + " does not parse", e);
    }
  }
}
