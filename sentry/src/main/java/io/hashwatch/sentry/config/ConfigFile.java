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
 * Reads a sentry's config file: UTF-8 lines of {@code key = value}; whole-line comments starting
 * with {@code #} or {@code ;}; the sentry's own settings first, then its sections: {@code [group
 * NAME]} and {@code [relay URL]} for an ASIC sentry, {@code [program NAME]} for a rig sentry
 * (sentry/README.md). Only the form is checked here, and that each key belongs to the sentry and
 * section it is given in; {@link AsicConfigReader} and {@link RigConfigReader} check the values.
 */
public final class ConfigFile {

  /** Which sentry a config is for: each takes its own settings and sections. */
  public enum Flavour {
    ASIC(
        Section.Kind.SENTRY,
        List.of(Section.Kind.GROUP, Section.Kind.RELAY),
        "[group NAME] or [relay URL]"),
    RIG(Section.Kind.RIG, List.of(Section.Kind.PROGRAM), "[program NAME]");

    private final Section.Kind own;
    private final List<Section.Kind> sections;
    private final String headers;

    Flavour(Section.Kind own, List<Section.Kind> sections, String headers) {
      this.own = own;
      this.sections = sections;
      this.headers = headers;
    }

    /** The kind of the settings before the first section. */
    public Section.Kind own() {
      return own;
    }
  }

  /** A config is a few kilobytes; a larger file is the wrong file. */
  private static final int MAX_BYTES = 1024 * 1024;

  private static final Pattern HEADER = Pattern.compile("\\[\\s*(\\S+)\\s+(.+?)\\s*]");

  /** A group's or program's name; a program's is part of device addresses ({@code RIG/NAME}). */
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  private ConfigFile() {}

  /** The sentry's own section first, then the other sections in file order. */
  public static List<Section> read(Path file, Flavour flavour) throws ConfigException {
    return parse(text(file), file.toString(), flavour);
  }

  static List<Section> parse(String text, String name, Flavour flavour) throws ConfigException {
    List<Section> sections = new ArrayList<>();
    Section.Kind kind = flavour.own;
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
              where + ": a section header is " + flavour.headers + ", not " + line);
        }
        kind = kind(header.group(1), where, flavour);
        sectionName = header.group(2);
        sectionWhere = where;
        if (kind != Section.Kind.RELAY && !SAFE_NAME.matcher(sectionName).matches()) {
          throw new ConfigException(
              where + ": a " + kind.header() + " name is 1 to 64 letters, digits, '.', '_' or '-'");
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

  private static Section.Kind kind(String word, String where, Flavour flavour)
      throws ConfigException {
    for (Section.Kind kind : flavour.sections) {
      if (kind.header().equals(word)) {
        return kind;
      }
    }
    throw new ConfigException(
        where + ": unknown section [" + word + " ...]: use " + flavour.headers);
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
    return kind.header() == null ? "before the first section" : "in a [" + kind.header() + "]";
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
