package io.hashwatch.protocols.cgminer;

import io.hashwatch.protocols.testing.DamagedReplies;

/**
 * One change to a recorded reply, of the kinds real firmware and networks make: a flipped bit, a
 * reply cut short, a stray token ({@link DamagedReplies#TOKENS}), random bytes, a lost or repeated
 * stretch.
 *
 * @param at where, as a fraction of the text's length
 * @param length how many characters a deletion or a repetition spans
 * @param pick which token, bit or random characters
 */
record ReplyMutation(Kind kind, double at, int length, int pick) {

  enum Kind {
    FLIP_BIT,
    TRUNCATE,
    INSERT_TOKEN,
    INSERT_RANDOM,
    DELETE,
    REPEAT
  }

  String applyTo(String text) {
    StringBuilder reply = new StringBuilder(text);
    int position = (int) (at * reply.length());
    switch (kind) {
      case FLIP_BIT -> {
        if (position < reply.length()) {
          reply.setCharAt(position, (char) (reply.charAt(position) ^ (1 << (pick % 8))));
        }
      }
      case TRUNCATE -> reply.setLength(position);
      case INSERT_TOKEN ->
          reply.insert(position, DamagedReplies.TOKENS.get(pick % DamagedReplies.TOKENS.size()));
      case INSERT_RANDOM -> reply.insert(position, randomCharacters());
      case DELETE -> reply.delete(position, Math.min(reply.length(), position + length));
      case REPEAT ->
          reply.insert(
              position, reply.substring(position, Math.min(reply.length(), position + length)));
    }
    return reply.toString();
  }

  /** Up to 8 characters drawn from {@code pick}: bytes as a socket might deliver, any UTF-16. */
  private String randomCharacters() {
    StringBuilder characters = new StringBuilder();
    long bits = pick * 0x9E3779B97F4A7C15L;
    for (int k = 0; k < 1 + (pick & 7); k++) {
      bits = bits * 6364136223846793005L + 1442695040888963407L;
      characters.append((char) ((bits >>> 33) & (pick % 2 == 0 ? 0xFF : 0xFFFF)));
    }
    return characters.toString();
  }
}
