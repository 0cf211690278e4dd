package io.hashwatch.protocols.miner.avalon;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The recorded replies under src/test/resources/fixtures. */
final class Fixture {

  private Fixture() {}

  static String text(String path) {
    try (InputStream in = Fixture.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonObject json(String path) throws MalformedReplyException {
    return CgminerClient.parse(text(path));
  }
}
