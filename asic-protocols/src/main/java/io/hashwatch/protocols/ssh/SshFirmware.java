package io.hashwatch.protocols.ssh;

/**
 * What to run over SSH on each firmware, as data. Sources: pyasic {@code pyasic/ssh/antminer.py},
 * {@code pyasic/ssh/braiins_os.py} and {@code pyasic/settings} (logins, Braiins OS commands);
 * Bitmain's own CGI scripts and init scripts (stock Antminer files: {@code /usr/bin/compile_time},
 * line 1 the build date, line 2 the miner type; {@code /config/cgminer.conf} on cgminer firmware,
 * {@code /config/bmminer.conf} on bmminer firmware such as the S9).
 *
 * @param buildCommand prints the firmware build or version
 * @param configCommand prints the mining program's configuration file
 * @param rebootCommand reboots the miner
 * @param defaultUser the factory SSH user
 * @param defaultPassword the factory SSH password
 */
public enum SshFirmware {
  ANTMINER_STOCK(
      "cat /usr/bin/compile_time",
      "if [ -f /config/cgminer.conf ]; then cat /config/cgminer.conf;"
          + " else cat /config/bmminer.conf; fi",
      "/sbin/reboot",
      "miner",
      "miner"),
  BRAIINS_OS("cat /etc/bos_version", "cat /etc/bosminer.toml", "/sbin/reboot", "root", "root");

  private final String buildCommand;
  private final String configCommand;
  private final String rebootCommand;
  private final String defaultUser;
  private final String defaultPassword;

  SshFirmware(
      String buildCommand,
      String configCommand,
      String rebootCommand,
      String defaultUser,
      String defaultPassword) {
    this.buildCommand = buildCommand;
    this.configCommand = configCommand;
    this.rebootCommand = rebootCommand;
    this.defaultUser = defaultUser;
    this.defaultPassword = defaultPassword;
  }

  public String buildCommand() {
    return buildCommand;
  }

  public String configCommand() {
    return configCommand;
  }

  public String rebootCommand() {
    return rebootCommand;
  }

  /** The factory login, for miners whose owner did not change it. */
  public SshLogin defaultLogin() {
    return SshLogin.password(defaultUser, defaultPassword);
  }
}
