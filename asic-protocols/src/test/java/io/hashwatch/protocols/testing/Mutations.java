package io.hashwatch.protocols.testing;

import java.util.Random;

/**
 * Random damage to a recorded reply, for the fuzz tests of the parsers: changed, lost, repeated and
 * inserted pieces, a cut end. The same seed gives the same damage.
 */
public final class Mutations {
  private static final String PIECES = "{}[]\":,-.0123456789eE \\ntfnalux";
  private static final String[] WILD = {
    "1e308",
    "-1",
    "\"\"",
    "null",
    "true",
    "NaN",
    "\"N/A\"",
    "-273.0",
    "99999999999999999999",
    "[",
    "{\"STATUS\":\"E\"}",
    "\"Type\":1,",
    "\"3250 W\"",
    "\"m-m-m\"",
    "}{"
  };

  private Mutations() {}

  /** One to six edits, with wild tokens that firmware bugs write (PROTOCOLS.md section 1.6). */
  public static String mutate(String text, Random random) {
    StringBuilder reply = new StringBuilder(text);
    int edits = 1 + random.nextInt(6);
    for (int edit = 0; edit < edits && reply.length() > 0; edit++) {
      int at = random.nextInt(reply.length());
      switch (random.nextInt(5)) {
        case 0 -> reply.setCharAt(at, PIECES.charAt(random.nextInt(PIECES.length())));
        case 1 -> reply.delete(at, Math.min(reply.length(), at + 1 + random.nextInt(8)));
        case 2 -> reply.insert(at, WILD[random.nextInt(WILD.length)]);
        case 3 -> reply.insert(at, reply.substring(at, Math.min(reply.length(), at + 40)));
        default -> reply.setLength(at);
      }
    }
    return reply.toString();
  }

  /**
   * One to three flips, cuts, copies or huge numbers at random places.
   *
   * @param nasty the characters a flip writes: JSON punctuation and the letters of the firmware's
   *     own keys
   */
  public static String scramble(String text, Random random, String nasty) {
    StringBuilder mutated = new StringBuilder(text);
    for (int n = 1 + random.nextInt(3); n > 0 && mutated.length() > 0; n--) {
      int at = random.nextInt(mutated.length());
      int length = Math.min(1 + random.nextInt(40), mutated.length() - at);
      switch (random.nextInt(5)) {
        case 0 -> mutated.setCharAt(at, nasty.charAt(random.nextInt(nasty.length())));
        case 1 -> mutated.delete(at, at + length);
        case 2 -> mutated.insert(at, mutated.substring(at, at + length));
        case 3 -> mutated.insert(at, random.nextBoolean() ? "1e308" : "-99999999999");
        default -> mutated.setLength(at);
      }
    }
    return mutated.toString();
  }
}
