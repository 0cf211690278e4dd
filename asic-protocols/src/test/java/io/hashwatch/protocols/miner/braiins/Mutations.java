package io.hashwatch.protocols.miner.braiins;

import java.util.Random;

/** Random damage to a recorded reply: changed, lost, repeated and inserted pieces, a cut end. */
final class Mutations {
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

  static String mutate(String text, Random random) {
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
}
