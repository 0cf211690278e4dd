package io.hashwatch.sentry.config;

import java.util.List;
import java.util.Map;

/** Builds configs from text in tests, through the same parser and checks as a config file. */
public final class ConfigText {
  /** The hostname a rig config built here gets when it gives no name. */
  public static final String HOSTNAME = "rig-07";

  private ConfigText() {}

  /** The config of {@code text}, read as the file {@code test.conf}. */
  public static AsicConfig of(String text) throws ConfigException {
    return of(text, Map.of());
  }

  public static AsicConfig of(String text, Map<String, String> environment) throws ConfigException {
    return AsicConfigReader.read(
        ConfigFile.parse(text, "test.conf", ConfigFile.Flavour.ASIC),
        List.of(),
        environment,
        "test.conf");
  }

  /**
   * The rig config of {@code text}, read as the file {@code rig.conf} on the host {@value
   * #HOSTNAME}.
   */
  public static RigConfig rig(String text) throws ConfigException {
    return rig(text, Map.of());
  }

  public static RigConfig rig(String text, Map<String, String> environment) throws ConfigException {
    return RigConfigReader.read(
        ConfigFile.parse(text, "rig.conf", ConfigFile.Flavour.RIG),
        List.of(),
        environment,
        "rig.conf",
        HOSTNAME);
  }
}
