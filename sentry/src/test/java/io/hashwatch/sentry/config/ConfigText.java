package io.hashwatch.sentry.config;

import java.util.List;
import java.util.Map;

/** Builds configs from text in tests, through the same parser and checks as a config file. */
public final class ConfigText {

  private ConfigText() {}

  /** The config of {@code text}, read as the file {@code test.conf}. */
  public static AsicConfig of(String text) throws ConfigException {
    return of(text, Map.of());
  }

  public static AsicConfig of(String text, Map<String, String> environment) throws ConfigException {
    return AsicConfigReader.read(
        ConfigFile.parse(text, "test.conf"), List.of(), environment, "test.conf");
  }
}
