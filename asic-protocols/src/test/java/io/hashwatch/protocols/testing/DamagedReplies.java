package io.hashwatch.protocols.testing;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Random;

/**
 * Random damage to a recorded reply, of the kinds broken firmware and networks make: a changed
 * character or bit, a lost or repeated stretch, a stray token from the bug list (PROTOCOLS.md
 * section 1.6) or a hostile one (deep nesting, huge numbers, lone surrogates), random bytes, a cut
 * end. It draws from a seeded {@link Random}, so that a failing round repeats, and edits the text
 * in place, so that a fuzz test throws 100,000 replies at a parser in seconds, without a property
 * framework. For the fuzz test of any driver.
 */
public final class DamagedReplies {
  private static final String SYMBOLS = "{}[]\":,-.0123456789eE \\'ntfaluxNI%\u0000\n\r\t";

  /** What firmware bugs and hostile miners write into a reply; the cgminer property test too. */
  public static final List<String> TOKENS =
      List.of(
          "\u0000",
          "\"",
          ",",
          ":",
          "{",
          "}",
          "]",
          "\n",
          "-",
          ".",
          "e",
          "}{",
          ",}",
          "[,{",
          "[",
          "\"\"",
          "\\'",
          "\\u",
          "\\u12",
          "\\",
          "\r\n",
          "null",
          "true",
          "inf",
          "-nan",
          "NaN",
          "\"N/A\"",
          "3250 W",
          "\"3250 W\"",
          "-1",
          "-273.0",
          "1e308",
          "1e99999999999",
          "-0.0e-0",
          "-99999999999",
          "99999999999999999999",
          "9".repeat(400),
          "\ud800",
          "\"m-m-m\"",
          "\"48-80-49-70\"",
          "\"Type\":1,",
          "[".repeat(1200),
          "{\"a\":".repeat(600),
          "{\"STATUS\":\"E\"}",
          "{\"STATUS\":\"E\",\"Code\":1e999999999,\"Msg\":{}}",
          "\"STATUS\":[{\"STATUS\":\"E\",\"Code\":\"x\"}],");

  private DamagedReplies() {}

  /** {@code text} with one to six random edits. */
  public static String damage(String text, Random random) {
    return damage(text, random, "");
  }

  /**
   * {@code text} with one to six random edits.
   *
   * @param keyLetters letters of the firmware's own keys, which a changed character may become
   *     besides JSON punctuation, so that some damage makes another key of the same reply
   */
  public static String damage(String text, Random random, String keyLetters) {
    String symbols = SYMBOLS + keyLetters;
    StringBuilder reply = new StringBuilder(text);
    int edits = 1 + random.nextInt(6);
    for (int edit = 0; edit < edits && reply.length() > 0; edit++) {
      int at = random.nextInt(reply.length());
      int span = Math.min(reply.length() - at, 1 + random.nextInt(40));
      switch (random.nextInt(8)) {
        case 0, 1 -> reply.setCharAt(at, symbols.charAt(random.nextInt(symbols.length())));
        case 2 -> reply.setCharAt(at, (char) (reply.charAt(at) ^ (1 << random.nextInt(8))));
        case 3 -> reply.delete(at, at + span);
        case 4 -> reply.insert(at, TOKENS.get(random.nextInt(TOKENS.size())));
        case 5 -> reply.insert(at, reply.substring(at, at + span));
        case 6 -> reply.insert(at, randomCharacters(random));
        default -> reply.setLength(at);
      }
    }
    return reply.toString();
  }

  /**
   * The reply as the cgminer client parses it (firmware bugs repaired), or null when the client
   * refuses it with its {@link MalformedReplyException}: such a reply never reaches a driver's
   * parser. Any other exception escapes, and fails the test: the client may throw no other.
   */
  public static JsonObject parsedOrNull(String text) {
    try {
      return CgminerClient.parse(text);
    } catch (MalformedReplyException e) {
      return null;
    }
  }

  /** One to eight characters: bytes as a socket may deliver them, or any UTF-16 unit. */
  private static String randomCharacters(Random random) {
    boolean bytes = random.nextBoolean();
    StringBuilder characters = new StringBuilder();
    for (int k = 1 + random.nextInt(8); k > 0; k--) {
      characters.append((char) random.nextInt(bytes ? 0x100 : 0x10000));
    }
    return characters.toString();
  }
}
