package io.hashwatch.sentry.programs;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.reading.Figures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The replies of the plain-text API of ccminer and its CPU cousins (cpuminer-opt, cpuminer-multi):
 * records separated by {@code |}, fields by {@code ;}, each {@code KEY=VALUE}, as in {@code
 * NAME=ccminer;VER=2.3.1;KHS=1.23|}. A field without {@code =} is skipped and the first of a
 * repeated key wins; the number of records and of fields is bounded, so that a program gone wrong
 * cannot flood the sentry.
 */
public final class PipeRecords {
  public static final int MAX_RECORDS = 256;
  public static final int MAX_FIELDS = 64;

  private PipeRecords() {}

  /** The records of {@code reply}, in order; empty when it holds none. */
  public static List<Map<String, String>> parse(String reply) {
    List<Map<String, String>> records = new ArrayList<>();
    for (String segment : reply.replace('\u0000', ' ').split("\\|")) {
      Map<String, String> record = record(segment);
      if (!record.isEmpty()) {
        records.add(record);
        if (records.size() == MAX_RECORDS) {
          break;
        }
      }
    }
    return records;
  }

  private static Map<String, String> record(String segment) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String field : segment.split(";")) {
      int equals = field.indexOf('=');
      String key = equals < 0 ? "" : field.substring(0, equals).strip();
      if (!key.isEmpty()) {
        fields.putIfAbsent(key, field.substring(equals + 1).strip());
        if (fields.size() == MAX_FIELDS) {
          break;
        }
      }
    }
    return fields;
  }

  /** Whether {@code record} holds every one of {@code keys}: a reply of the expected shape. */
  public static boolean has(Map<String, String> record, String... keys) {
    for (String key : keys) {
      if (!record.containsKey(key)) {
        return false;
      }
    }
    return true;
  }

  /** The value of {@code key} as a figure (finite, >= 0), or null. */
  public static Double number(Map<String, String> record, String key) {
    return Figures.figure(LenientFields.parse(record.get(key)));
  }

  /** The value of {@code key} as a figure other than 0, which these programs write for unknown. */
  public static Double known(Map<String, String> record, String key) {
    Double value = number(record, key);
    return value == null || value == 0 ? null : value;
  }

  /** The value of {@code key} as a whole number >= 0 (a fraction cut), or null. */
  public static Long count(Map<String, String> record, String key) {
    Double value = number(record, key);
    return value == null || value >= Long.MAX_VALUE ? null : (long) Math.floor(value);
  }

  /** The value of {@code key} as non-blank text cut to a reading's bound, or null. */
  public static String text(Map<String, String> record, String key) {
    String value = record.get(key);
    return value == null || value.isBlank() ? null : Figures.clip(value);
  }
}
