package io.hashwatch.protocols.cgminer;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Makes the broken JSON of real miner firmware parseable, in one pass that knows where strings
 * are: stray NULs, a missing comma between two values ({@code }{} in bmminer STATS, {@code
 * ""temp0} in btminer), trailing or leading commas ({@code ,}}, {@code [,{}, Avalon's reply that
 * starts with a comma), invalid escapes ({@code \'} in btminer), raw control characters in strings,
 * bare {@code inf}/{@code nan}, units after numbers ({@code 3250 W}) and a reply cut short (the
 * open strings and brackets are closed). Valid JSON passes through unchanged in meaning.
 */
public final class JsonRepair {

  private JsonRepair() {}

  public static String repair(String raw) {
    String text = raw.replace("\u0000", "").strip();
    if (text.startsWith(",")) {
      text = "{" + text.substring(1);
    }
    return new Pass(text).run();
  }

  /** The state of one repair pass over one reply. */
  private static final class Pass {
    private final String in;
    private final StringBuilder out;
    private final Deque<Character> open = new ArrayDeque<>();
    private int i;
    private boolean afterValue;
    private boolean afterNumber;
    private int lastStringStart = -1;
    private char beforeLastString;

    Pass(String in) {
      this.in = in;
      this.out = new StringBuilder(in.length() + 16);
    }

    String run() {
      while (i < in.length()) {
        char c = in.charAt(i);
        if (c == '"') {
          beforeValue();
          string();
          afterValue = true;
          afterNumber = false;
        } else if (c == '{' || c == '[') {
          beforeValue();
          out.append(c);
          open.push(c == '{' ? '}' : ']');
          afterValue = false;
          afterNumber = false;
          i++;
        } else if (c == '}' || c == ']') {
          dropTrailing(',');
          if (!open.isEmpty()) {
            out.append(open.pop());
          }
          afterValue = true;
          afterNumber = false;
          i++;
        } else if (c == ',') {
          char last = lastSignificant();
          if (last != '{' && last != '[' && last != ',' && last != 0) {
            out.append(c);
          }
          afterValue = false;
          afterNumber = false;
          i++;
        } else if (c == ':') {
          out.append(c);
          afterValue = false;
          afterNumber = false;
          i++;
        } else if (c == '-' || Character.isDigit(c)) {
          number();
        } else if (Character.isLetter(c) || c == '%') {
          word();
        } else if (Character.isWhitespace(c)) {
          out.append(c);
          i++;
        } else {
          i++; // a stray byte outside any string carries no meaning
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
    }

    private void string() {
      beforeLastString = lastSignificant();
      lastStringStart = out.length();
      out.append('"');
      i++;
      while (i < in.length()) {
        char c = in.charAt(i++);
        if (c == '"') {
          out.append('"');
          return;
        }
        if (c == '\\') {
          escape();
        } else if (c < 0x20) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      out.append('"'); // cut short inside a string
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
      } else if (next == 'u' && i + 4 < in.length() && isHex(in.substring(i + 1, i + 5))) {
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
      beforeValue();
      int start = i;
      i++;
      while (i < in.length() && "0123456789.eE+-".indexOf(in.charAt(i)) >= 0) {
        i++;
      }
      String number = in.substring(start, i);
      if (number.equals("-") && in.startsWith("inf", i)) {
        i += 3;
        out.append("null");
      } else {
        out.append(number);
      }
      afterValue = true;
      afterNumber = true;
    }

    private void word() {
      int start = i;
      while (i < in.length() && (Character.isLetterOrDigit(in.charAt(i)) || in.charAt(i) == '%')) {
        i++;
      }
      String word = in.substring(start, i);
      if (afterNumber) {
        return; // a unit after a number: "3250 W"
      }
      beforeValue();
      out.append(
          switch (word) {
            case "true", "false", "null" -> word;
            default -> "null"; // inf, nan, NaN, Infinity and other bare words
          });
      afterValue = true;
      afterNumber = false;
    }

    private void close() {
      dropDanglingKey();
      dropTrailing(',');
      if (lastSignificant() == ':') {
        out.append("null");
      }
      while (!open.isEmpty()) {
        dropTrailing(',');
        out.append(open.pop());
      }
    }

    /** A reply cut after a key ({@code {"a":1,"b"}) loses the key, not the whole object. */
    private void dropDanglingKey() {
      boolean inObject = !open.isEmpty() && open.peek() == '}';
      boolean endsWithString = lastStringStart >= 0 && lastSignificant() == '"';
      if (inObject && endsWithString && (beforeLastString == ',' || beforeLastString == '{')) {
        out.setLength(lastStringStart);
      }
    }

    private void dropTrailing(char c) {
      int end = out.length() - 1;
      while (end >= 0 && Character.isWhitespace(out.charAt(end))) {
        end--;
      }
      if (end >= 0 && out.charAt(end) == c) {
        out.deleteCharAt(end);
      }
    }

    private char lastSignificant() {
      for (int end = out.length() - 1; end >= 0; end--) {
        if (!Character.isWhitespace(out.charAt(end))) {
          return out.charAt(end);
        }
      }
      return 0;
    }

    private static boolean isHex(String text) {
      return text.chars().allMatch(ch -> Character.digit(ch, 16) >= 0);
    }
  }
}
