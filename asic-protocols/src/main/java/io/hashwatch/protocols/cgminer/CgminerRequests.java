package io.hashwatch.protocols.cgminer;

/**
 * The framing of a cgminer API request as a miner reads it: there is no length or terminator, so a
 * JSON request has arrived when its braces close. Used by whatever plays the miner's side (the
 * simulator, test servers).
 */
public final class CgminerRequests {

  private CgminerRequests() {}

  /** Whether {@code text} is a JSON object whose braces (outside strings) all close. */
  public static boolean isWholeJson(String text) {
    if (!text.startsWith("{")) {
      return false;
    }
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      }
    }
    return depth == 0;
  }
}
