package io.hashwatch.protocols.cgminer;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Makes the broken JSON of real miner firmware parseable, in one pass that knows where strings
 * are: stray NULs, a missing comma between two values ({@code }{} in bmminer STATS, {@code
 * ""temp0} in btminer), trailing or leading commas ({@code ,}}, {@code [,{}, Avalon's reply that
 * starts with a comma), invalid escapes ({@code \'} in btminer), raw control characters in strings,
 * bare {@code inf}/{@code nan}, units after numbers ({@code 3250 W}), numbers JSON cannot hold
 * (kept as text) and a reply cut short (closed after its last complete value). Valid JSON passes
 * through unchanged in meaning. The pass takes linear time whatever the input, since the reply
 * comes from a device that may be broken or hostile.
 */
public final class JsonRepair {
  /**
   * The most exponent digits a number keeps: Parsson throws NumberFormatException on an exponent
   * past the int range.
   */
  private static final int MAX_EXPONENT_DIGITS = 4;

  private JsonRepair() {}

  public static String repair(String raw) {
    String text = raw.replace("\u0000", "").strip();
    if (text.startsWith(",")) {
      text = "{" + text.substring(1);
    }
    return new Pass(text).run();
  }

  /**
   * The state of one repair pass over one reply. Whitespace outside strings is not copied, so
   * looking back at the last token costs nothing.
   */
  private static final class Pass {
    private final String in;
    private final StringBuilder out;
    private final Deque<Character> open = new ArrayDeque<>();
    private int i;
    private boolean afterValue;
    private boolean afterNumber;

    /** Where the innermost container's current member (key and value, or element) begins. */
    private int memberStart;

    /** Whether that member still lacks its value or its value ran into the end of the input. */
    private boolean memberOpen;

    Pass(String in) {
      this.in = in;
      this.out = new StringBuilder(in.length() + 16);
    }

    String run() {
      while (i < in.length()) {
        char c = in.charAt(i);
        if (c == '"') {
          string();
        } else if (c == '{' || c == '[') {
          openContainer(c);
        } else if (c == '}' || c == ']') {
          closeContainer();
        } else if (c == ',') {
          comma();
        } else if (c == ':') {
          out.append(c);
          separated();
        } else if (c == '-' || Character.isDigit(c)) {
          number();
        } else if (Character.isLetter(c) || c == '%') {
          word();
        } else {
          i++; // whitespace, or a stray byte outside any string: no meaning
        }
      }
      close();
      return out.toString();
    }

    /** A new value starting right after another one lacks its comma. */
    private void beforeValue() {
      if (afterValue) {
        out.append(',');
      }
      if (last() != ':') {
        memberStart = out.length();
      }
      memberOpen = true;
    }

    private void separated() {
      afterValue = false;
      afterNumber = false;
      i++;
    }

    /** A value ended; {@code incomplete} when its member may still lack something. */
    private void ended(boolean number, boolean incomplete) {
      afterValue = true;
      afterNumber = number;
      memberOpen = incomplete;
    }

    private boolean isKeyPosition() {
      if (open.isEmpty() || open.peek() != '}') {
        return false;
      }
      char last = last();
      return afterValue || last == '{' || last == ',';
    }

    private void openContainer(char c) {
      beforeValue();
      out.append(c);
      open.push(c == '{' ? '}' : ']');
      memberOpen = false;
      separated();
    }

    private void closeContainer() {
      dropTrailing(',');
      if (!open.isEmpty()) {
        out.append(open.pop());
      }
      ended(false, false);
      i++;
    }

    private void comma() {
      char last = last();
      if (last != '{' && last != '[' && last != ',' && last != 0) {
        out.append(',');
      }
      separated();
    }

    private void string() {
      boolean key = isKeyPosition();
      beforeValue();
      out.append('"');
      i++;
      while (i < in.length()) {
        char c = in.charAt(i++);
        if (c == '"') {
          out.append('"');
          ended(false, key); // a key waits for its value; a closed string value is complete
          return;
        }
        if (c == '\\') {
          escape();
        } else if (c < 0x20) {
          out.append("\\u00")
              .append(Character.forDigit(c >> 4, 16))
              .append(Character.forDigit(c & 0xf, 16));
        } else {
          out.append(c);
        }
      }
      out.append('"');
      ended(false, true); // cut short inside a string
    }

    private void escape() {
      if (i >= in.length()) {
        out.append("\\\\");
        return;
      }
      char next = in.charAt(i);
      if ("\"\\/bfnrt".indexOf(next) >= 0) {
        out.append('\\').append(next);
        i++;
      } else if (next == 'u' && i + 4 < in.length() && isHex(i + 1, i + 5)) {
        out.append('\\').append(in, i, i + 5);
        i += 5;
      } else if (next == '\'') {
        out.append('\'');
        i++;
      } else {
        out.append("\\\\");
      }
    }

    private void number() {
      int start = i;
      i++;
      while (i < in.length() && isNumberPart(in.charAt(i))) {
        i++;
      }
      if (i - start == 1
          && in.charAt(start) == '-'
          && i < in.length()
          && Character.isLetter(in.charAt(i))) {
        word(); // -inf, -nan
        return;
      }
      beforeValue();
      if (isNumber(in, start, i)) {
        out.append(in, start, i);
      } else {
        out.append('"').append(in, start, i).append('"');
      }
      ended(true, i >= in.length()); // a number running into the end may be cut short
    }

    private void word() {
      int start = i;
      while (i < in.length() && (Character.isLetterOrDigit(in.charAt(i)) || in.charAt(i) == '%')) {
        i++;
      }
      if (afterNumber) {
        return; // a unit after a number: "3250 W"
      }
      String word = in.substring(start, i);
      beforeValue();
      out.append(
          switch (word) {
            case "true", "false", "null" -> word;
            default -> "null"; // inf, nan, NaN, Infinity and other bare words
          });
      ended(false, i >= in.length());
    }

    private void close() {
      if (open.isEmpty()) {
        return;
      }
      if (memberOpen) {
        out.setLength(memberStart);
      }
      while (!open.isEmpty()) {
        dropTrailing(',');
        out.append(open.pop());
      }
    }

    private void dropTrailing(char c) {
      if (last() == c) {
        out.setLength(out.length() - 1);
      }
    }

    /** The last character written: whitespace outside strings is never copied. */
    private char last() {
      return out.isEmpty() ? 0 : out.charAt(out.length() - 1);
    }

    private boolean isHex(int from, int to) {
      for (int k = from; k < to; k++) {
        if (Character.digit(in.charAt(k), 16) < 0) {
          return false;
        }
      }
      return true;
    }
  }

  private static boolean isNumberPart(char c) {
    return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
  }

  /**
   * Whether {@code text[from, to)} is a JSON number ({@code -?(0|[1-9][0-9]*)(.[0-9]+)?}, then an
   * exponent of at most {@link #MAX_EXPONENT_DIGITS} digits): a hand scan, as a regex costs a
   * matcher per number and a sweep reads millions of them.
   */
  static boolean isNumber(CharSequence text, int from, int to) {
    int k = from < to && text.charAt(from) == '-' ? from + 1 : from;
    if (k < to && text.charAt(k) == '0') {
      k++;
    } else {
      int end = digits(text, k, to);
      if (end == k) {
        return false;
      }
      k = end;
    }
    if (k < to && text.charAt(k) == '.') {
      int end = digits(text, k + 1, to);
      if (end == k + 1) {
        return false;
      }
      k = end;
    }
    if (k < to && (text.charAt(k) == 'e' || text.charAt(k) == 'E')) {
      k++;
      if (k < to && (text.charAt(k) == '+' || text.charAt(k) == '-')) {
        k++;
      }
      int end = digits(text, k, to);
      if (end == k || end - k > MAX_EXPONENT_DIGITS) {
        return false;
      }
      k = end;
    }
    return k == to;
  }

  /** The end of the run of ASCII digits from {@code from}. */
  private static int digits(CharSequence text, int from, int to) {
    int k = from;
    while (k < to && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
      k++;
    }
    return k;
  }
}
