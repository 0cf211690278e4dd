package io.hashwatch.protocols.miner.vnish;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The recorded VNish 1.2.7 replies of an S21 Pro in src/test/resources/fixtures/vnish-s21pro (see
 * SOURCES.md).
 */
final class Recorded {

  private Recorded() {}

  static String text(String file) {
    String path = "/fixtures/vnish-s21pro/" + file;
    try (InputStream in = Recorded.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonObject json(String file) {
    return parse(text(file));
  }

  static JsonObject parse(String reply) {
    try {
      return CgminerClient.parse(reply);
    } catch (MalformedReplyException e) {
      throw new IllegalStateException("not a reply: " + reply, e);
    }
  }
}
