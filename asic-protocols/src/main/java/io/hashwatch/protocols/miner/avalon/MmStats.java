package io.hashwatch.protocols.miner.avalon;

import io.hashwatch.protocols.json.LenientFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code Key[value ...]} tokens of one Avalon "MM ID" string (or of one section of it), such as
 * {@code Temp[30] TMax[77] MGHS[26907.01 26025.06] SYSTEMSTATU[Work: In Work, Hash Board: 3 ]}.
 * Keys may hold spaces ({@code Nonce Mask[25]}), tokens may touch ({@code
 * Elapsed[103840]BOOTBY[1]}) and newer firmware wraps them in sections ({@code 'STATS':{...}},
 * {@code 'HB0':{...}}); a string cut short keeps the tokens before the cut. The first token of a
 * key wins.
 */
record MmStats(Map<String, String> values) {

  MmStats {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** All tokens of {@code text}, whatever section they sit in. */
  static MmStats parse(String text) {
    Map<String, String> all = new LinkedHashMap<>();
    sections(text).values().forEach(section -> section.values().forEach(all::putIfAbsent));
    return new MmStats(all);
  }

  /** The tokens of {@code text} by section name ({@code ""} for tokens outside any section). */
  static Map<String, MmStats> sections(String text) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    String section = "";
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == ',' || c == '{' || c == '}' || c == ':') {
        i++;
      } else if (c == '\'') {
        int end = text.indexOf('\'', i + 1);
        if (end < 0) {
          break;
        }
        section = text.substring(i + 1, end);
        i = end + 1;
      } else {
        int open = text.indexOf('[', i);
        if (open < 0) {
          break;
        }
        int close = text.indexOf(']', open + 1);
        String key = text.substring(i, open).strip();
        String value = text.substring(open + 1, close < 0 ? text.length() : close).strip();
        sections.computeIfAbsent(section, name -> new LinkedHashMap<>()).putIfAbsent(key, value);
        i = close < 0 ? text.length() : close + 1;
      }
    }
    Map<String, MmStats> parsed = new LinkedHashMap<>();
    sections.forEach((name, tokens) -> parsed.put(name, new MmStats(tokens)));
    return parsed;
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  String text(String key) {
    String value = values.get(key);
    return value == null || value.isBlank() ? null : value;
  }

  /** The first number of the token, units such as {@code %} ignored; null when none. */
  Double number(String key) {
    List<Double> numbers = numbers(key);
    return numbers.isEmpty() ? null : numbers.get(0);
  }

  /**
   * The numbers of a space-separated token ({@code MTmax[77 77 76]}); what is not one is left out.
   */
  List<Double> numbers(String key) {
    String value = values.get(key);
    if (value == null || value.isBlank()) {
      return List.of();
    }
    List<Double> numbers = new ArrayList<>();
    for (String part : value.split("\\s+")) {
      Double number = LenientFields.parse(part);
      if (number != null) {
        numbers.add(number);
      }
    }
    return List.copyOf(numbers);
  }

  /** The keys that start with {@code prefix}, in the order the miner wrote them. */
  List<String> keysStartingWith(String prefix) {
    return values.keySet().stream().filter(key -> key.startsWith(prefix)).toList();
  }
}
