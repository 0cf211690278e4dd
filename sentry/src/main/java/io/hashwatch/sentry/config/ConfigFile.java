package io.hashwatch.sentry.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ASIC sentry's config file: UTF-8 lines of {@code key = value}; whole-line comments
 * starting with {@code #} or {@code ;}; the sentry's own settings first, then {@code [group NAME]}
 * and {@code [relay URL]} sections (sentry/README.md). Only the form is checked here; {@link
 * AsicConfigReader} checks the values.
 */
public final class ConfigFile {
  /** A config is a few kilobytes; a larger file is the wrong file. */
  private static final int MAX_BYTES = 1024 * 1024;

  private static final Pattern HEADER = Pattern.compile("\\[\\s*(\\S+)\\s+(.+?)\\s*]");
  private static final Pattern GROUP_NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  private ConfigFile() {}

  /** The sentry's own section first, then the groups and relays in file order. */
  public static List<Section> read(Path file) throws ConfigException {
    return parse(text(file), file.toString());
  }

  static List<Section> parse(String text, String name) throws ConfigException {
    List<Section> sections = new ArrayList<>();
    Section.Kind kind = Section.Kind.SENTRY;
    String sectionName = "";
    String sectionWhere = name;
    Map<String, List<Setting>> settings = new LinkedHashMap<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String where = name + ":" + (i + 1);
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[")) {
        sections.add(new Section(kind, sectionName, sectionWhere, settings));
        Matcher header = HEADER.matcher(line);
        if (!header.matches()) {
          throw new ConfigException(
              where + ": a section header is [group NAME] or [relay URL], not " + line);
        }
        kind = kind(header.group(1), where);
        sectionName = header.group(2);
        sectionWhere = where;
        if (kind == Section.Kind.GROUP && !GROUP_NAME.matcher(sectionName).matches()) {
          throw new ConfigException(
              where + ": a group name is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        settings = new LinkedHashMap<>();
        continue;
      }
      Setting setting = setting(line, where);
      add(settings, kind, setting);
    }
    sections.add(new Section(kind, sectionName, sectionWhere, settings));
    return List.copyOf(sections);
  }

  private static Section.Kind kind(String word, String where) throws ConfigException {
    return switch (word) {
      case "group" -> Section.Kind.GROUP;
      case "relay" -> Section.Kind.RELAY;
      default ->
          throw new ConfigException(
              where + ": unknown section [" + word + " ...]: use [group NAME] or [relay URL]");
    };
  }

  private static Setting setting(String line, String where) throws ConfigException {
    int equals = line.indexOf('=');
    if (equals < 0) {
      // The line is not shown: it may be a password written without its key.
      throw new ConfigException(where + ": expected key = value or a [section] header");
    }
    String key = line.substring(0, equals).strip();
    String value = line.substring(equals + 1).strip();
    if (!KEY.matcher(key).matches()) {
      throw new ConfigException(where + ": '" + shorten(key) + "' is not a setting name");
    }
    if (value.isEmpty()) {
      throw new ConfigException(where + ": " + key + ": has no value");
    }
    return new Setting(key, value, where);
  }

  private static void add(Map<String, List<Setting>> settings, Section.Kind kind, Setting setting)
      throws ConfigException {
    if (!kind.keys().contains(setting.key())) {
      throw new ConfigException(
          setting.where()
              + ": unknown setting '"
              + setting.key()
              + "' "
              + where(kind)
              + " (known: "
              + String.join(", ", new TreeSet<>(kind.keys()))
              + ")");
    }
    List<Setting> values = settings.computeIfAbsent(setting.key(), key -> new ArrayList<>());
    if (!values.isEmpty() && !kind.repeatable(setting.key())) {
      throw setting.problem("given twice (first at " + values.get(0).where() + ")");
    }
    values.add(setting);
  }

  private static String where(Section.Kind kind) {
    return switch (kind) {
      case SENTRY -> "before the first section";
      case GROUP -> "in a [group]";
      case RELAY -> "in a [relay]";
    };
  }

  /** A line as shown in an error: a value may be a secret, so only its start is shown. */
  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }

  private static String text(Path file) throws ConfigException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file + ": no such file");
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage());
    }
    if (bytes.length > MAX_BYTES) {
      throw new ConfigException(file + ": larger than " + MAX_BYTES + " bytes; not a config");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ConfigException(file + ": not UTF-8 text");
    }
  }
}
