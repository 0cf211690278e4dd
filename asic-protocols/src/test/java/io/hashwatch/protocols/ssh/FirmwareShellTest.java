package io.hashwatch.protocols.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.protocols.ssh.SshStandIn.Answer;
import io.hashwatch.protocols.ssh.SshStandIn.DropsConnection;
import io.hashwatch.protocols.ssh.SshStandIn.Exits;
import io.hashwatch.protocols.transport.DeviceResponseException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The firmware queries against a stand-in answering each firmware's commands. The file contents are
 * written for these tests in the shape the firmware has them: {@code /usr/bin/compile_time} with
 * the build date on line 1 and the miner type on line 2 (as Bitmain's own CGI scripts read it),
 * {@code /etc/bos_version} as pyasic splits it on '-'.
 */
class FirmwareShellTest {
  private static final String COMPILE_TIME =
      "Fri Nov 17 17:37:49 CST 2023\nAntminer S19j Pro\nRelease\n";
  private static final String CGMINER_CONF =
      """
      {
      "pools" : [
      {"url" : "stratum+tcp://btc.example.org:3333", "user" : "farm.s19j", "pass" : "x"}
      ],
      "api-listen" : true,
      "api-network" : true,
      "api-allow" : "A:0/0,W:*"
      }
      """;
  private static final String BOS_VERSION = "2024-03-12-0-5a3b1c9e-24.03-plus\n";
  private static final String BOSMINER_TOML =
      """
      [format]
      version = '2.0'
      model = 'Antminer S19J Pro'

      [[group]]
      name = 'Default'
      """;

  @TempDir Path dir;

  private FirmwareShell shell(SshStandIn miner, SshFirmware firmware) {
    DeviceSshClient client =
        new DeviceSshClient(
            new KnownHostsFile(dir.resolve("known_hosts")), DeviceSshClient.Settings.DEFAULT);
    return new FirmwareShell(client, miner.target(), firmware);
  }

  @Test
  void readsTheStockAntminerBuildAndConfig() throws Exception {
    SshFirmware stock = SshFirmware.ANTMINER_STOCK;
    Map<String, Answer> answers =
        Map.of(
            stock.buildCommand(), SshStandIn.prints(COMPILE_TIME),
            stock.configCommand(), SshStandIn.prints(CGMINER_CONF));
    try (SshStandIn miner = new SshStandIn(answers)) {
      FirmwareShell shell = shell(miner, stock);

      assertThat(shell.firmwareBuild())
          .isEqualTo("Fri Nov 17 17:37:49 CST 2023\nAntminer S19j Pro\nRelease");
      assertThat(shell.configFile()).isEqualTo(CGMINER_CONF);
      assertThat(miner.commands())
          .containsExactly(
              "cat /usr/bin/compile_time",
              "if [ -f /config/cgminer.conf ]; then cat /config/cgminer.conf;"
                  + " else cat /config/bmminer.conf; fi");
    }
  }

  @Test
  void readsTheBraiinsOsVersionAndConfig() throws Exception {
    SshFirmware braiins = SshFirmware.BRAIINS_OS;
    Map<String, Answer> answers =
        Map.of(
            "cat /etc/bos_version", SshStandIn.prints(BOS_VERSION),
            "cat /etc/bosminer.toml", SshStandIn.prints(BOSMINER_TOML));
    try (SshStandIn miner = new SshStandIn(answers)) {
      FirmwareShell shell = shell(miner, braiins);

      assertThat(shell.firmwareBuild()).isEqualTo("2024-03-12-0-5a3b1c9e-24.03-plus");
      assertThat(shell.configFile()).isEqualTo(BOSMINER_TOML);
    }
  }

  @Test
  void aMissingConfigFileIsAResponseError() throws Exception {
    Map<String, Answer> answers =
        Map.of(
            SshFirmware.ANTMINER_STOCK.configCommand(),
            new Exits(
                1, "", "cat: can't open '/config/bmminer.conf': No such file or directory\n"));
    try (SshStandIn miner = new SshStandIn(answers)) {
      assertThatThrownBy(() -> shell(miner, SshFirmware.ANTMINER_STOCK).configFile())
          .isInstanceOfSatisfying(
              DeviceResponseException.class, e -> assertThat(e.code()).isEqualTo(1))
          .hasMessageContaining("No such file or directory");
    }
  }

  @Test
  void rebootThatExitsIsDone() throws Exception {
    try (SshStandIn miner = new SshStandIn(Map.of("/sbin/reboot", SshStandIn.prints("")))) {
      assertThatCode(() -> shell(miner, SshFirmware.BRAIINS_OS).reboot())
          .doesNotThrowAnyException();
      assertThat(miner.commands()).containsExactly("/sbin/reboot");
    }
  }

  @Test
  void rebootThatDropsTheConnectionIsDone() throws Exception {
    try (SshStandIn miner = new SshStandIn(Map.of("/sbin/reboot", new DropsConnection()))) {
      assertThatCode(() -> shell(miner, SshFirmware.ANTMINER_STOCK).reboot())
          .doesNotThrowAnyException();
      assertThat(miner.commands()).containsExactly("/sbin/reboot");
    }
  }

  @Test
  void rebootRefusedIsAResponseError() throws Exception {
    Exits denied = new Exits(1, "", "reboot: Operation not permitted\n");
    try (SshStandIn miner = new SshStandIn(Map.of("/sbin/reboot", denied))) {
      assertThatThrownBy(() -> shell(miner, SshFirmware.ANTMINER_STOCK).reboot())
          .isInstanceOfSatisfying(
              DeviceResponseException.class, e -> assertThat(e.code()).isEqualTo(1))
          .hasMessageContaining("Operation not permitted");
    }
  }

  @Test
  void factoryLoginsArePyasicDefaults() {
    assertThat(SshFirmware.ANTMINER_STOCK.defaultLogin())
        .isEqualTo(SshLogin.password("miner", "miner"));
    assertThat(SshFirmware.BRAIINS_OS.defaultLogin()).isEqualTo(SshLogin.password("root", "root"));
  }
}
