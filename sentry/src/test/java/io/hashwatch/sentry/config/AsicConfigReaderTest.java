package io.hashwatch.sentry.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.protocols.relay.RelayKind;
import io.hashwatch.sentry.outbox.OutboxSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsicConfigReaderTest {
  private static final String BASE =
      "id = rack-a\ncommander = http://commander:8080\ntoken = t0ken\noutbox = /var/lib/hw\n";

  @TempDir Path dir;

  @Test
  void fillsInTheDefaults() throws Exception {
    AsicConfig config = ConfigText.of(BASE + "devices = 10.0.0.5\n");

    assertThat(config.id()).isEqualTo("rack-a");
    assertThat(config.commanders()).containsExactly(URI.create("http://commander:8080"));
    assertThat(config.token()).isEqualTo("t0ken");
    assertThat(config.interval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.concurrency()).isEqualTo(256);
    assertThat(config.discoverEvery()).isEqualTo(Duration.ofMinutes(10));
    assertThat(config.commanderReturn()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.outbox()).isEqualTo(Path.of("/var/lib/hw"));
    assertThat(config.outboxSettings()).isEqualTo(OutboxSettings.defaults());
    MinerGroup group = config.groups().get(0);
    assertThat(group.name()).isEqualTo(MinerGroup.DEFAULT);
    assertThat(group.miners()).containsExactly(new MinerAddress("10.0.0.5", 4028));
    assertThat(group.webPort()).isEqualTo(80);
    assertThat(group.credentials().user()).isNull();
    assertThat(config.toString()).doesNotContain("t0ken");
  }

  @Test
  void readsHowOftenTheFirstCommanderIsTriedAgain() throws Exception {
    AsicConfig config = ConfigText.of(BASE + "commander-return = 2m\ndevices = 10.0.0.5\n");

    assertThat(config.commanderReturn()).isEqualTo(Duration.ofMinutes(2));
    assertThatThrownBy(() -> ConfigText.of(BASE + "commander-return = 0s\ndevices = 10.0.0.5\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("commander-return");
  }

  @Test
  void theExampleConfigReadsWithItsSecretsGiven() throws Exception {
    Path password = Files.writeString(dir.resolve("wm"), "wm-pass\n");
    String example =
        Files.readString(Path.of("examples/asic-sentry.conf"))
            .replace("/etc/hashwatch/whatsminer-password", password.toString());

    AsicConfig config =
        ConfigText.of(
            example,
            Map.of(
                "HASHWATCH_SENTRY_TOKEN", "hws_abc",
                "BRAIINS_PASSWORD", "bos-pass",
                "SHELLY_PASSWORD", "shelly-pass"));

    assertThat(config.commanders()).hasSize(2);
    assertThat(config.token()).isEqualTo("hws_abc");
    assertThat(config.groups())
        .extracting(MinerGroup::name)
        .containsExactly("default", "braiins-row-3", "whatsminers");
    assertThat(config.groups().get(0).miners()).hasSize(2);
    assertThat(config.groups().get(0).ranges()).hasSize(1);
    assertThat(config.groups().get(1).credentials().password()).isEqualTo("bos-pass");
    assertThat(config.groups().get(2).credentials().password()).isEqualTo("wm-pass");
    assertThat(config.groups().get(2).credentials().user()).isNull();
    assertThat(config.relays())
        .extracting(RelayConfig::address)
        .containsExactly(
            "shelly1://10.0.9.11/0", "shelly2://10.0.9.12/0", "modbus://10.0.9.20/unit/1/coil/3");
    RelayConfig shelly2 = config.relays().get(1);
    assertThat(shelly2.target().kind()).isEqualTo(RelayKind.SHELLY2);
    assertThat(shelly2.target().credentials().password()).isEqualTo("shelly-pass");
    assertThat(shelly2.powers()).containsExactly("10.0.0.6:4029");
    assertThat(config.relays().get(0).target().timing().offTime())
        .isEqualTo(Duration.ofSeconds(15));
    assertThat(config.relays().get(2).powers()).containsExactly("10.0.0.11:4028", "10.0.0.12:4028");
  }

  @Test
  void flagsReplaceTheFilesSettingsOfTheSameName() throws Exception {
    List<Section> file =
        ConfigFile.parse(
            BASE + "interval = 30s\ncommander = http://second:8080\n" + "devices = 10.0.0.5\n",
            "a.conf",
            ConfigFile.Flavour.ASIC);
    List<Setting> flags =
        List.of(
            new Setting("interval", "60s", "--interval"),
            new Setting("commander", "http://flag-1:8080", "--commander"),
            new Setting("commander", "http://flag-2:8080", "--commander"),
            new Setting("devices", "10.0.0.7,10.0.0.8", "--devices"));

    AsicConfig config = AsicConfigReader.read(file, flags, Map.of(), "a.conf");

    assertThat(config.interval()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.commanders())
        .containsExactly(URI.create("http://flag-1:8080"), URI.create("http://flag-2:8080"));
    assertThat(config.groups().get(0).miners())
        .extracting(MinerAddress::address)
        .containsExactly("10.0.0.7:4028", "10.0.0.8:4028");
    assertThatThrownBy(
            () ->
                AsicConfigReader.read(
                    file, List.of(new Setting("interval", "soon", "--interval")), Map.of(), "a"))
        .hasMessageStartingWith("--interval: interval: 'soon' is not a duration");
  }

  @Test
  void oneLineOfFlagsIsAWholeConfig() throws Exception {
    List<Section> none =
        List.of(new Section(Section.Kind.SENTRY, "", "the command line", Map.of()));
    List<Setting> flags =
        List.of(
            new Setting("commander", "http://c:8080", "--commander"),
            new Setting("id", "rack-a", "--id"),
            new Setting("token", "env:TOK", "--token"),
            new Setting("devices", "10.0.0.0/24", "--devices"),
            new Setting("outbox", "/tmp/outbox", "--outbox"));

    AsicConfig config =
        AsicConfigReader.read(none, flags, Map.of("TOK", "hws_x"), "the command line");

    assertThat(config.token()).isEqualTo("hws_x");
    assertThat(config.discovers()).isTrue();
    assertThatThrownBy(
            () ->
                AsicConfigReader.read(
                    none, flags.subList(1, 5), Map.of("TOK", "x"), "the command line"))
        .hasMessageStartingWith("the command line: no commander: give commander = URL");
  }

  @Test
  void secretsComeFromTheEnvironmentOrAFileWithoutItsLineBreak() throws Exception {
    Path token = Files.writeString(dir.resolve("token"), "hws_from_file\r\n");

    assertThat(
            ConfigText.of(
                    BASE.replace("token = t0ken", "token = file:" + token) + "devices = 10.0.0.5\n")
                .token())
        .isEqualTo("hws_from_file");
    assertThat(
            ConfigText.of(
                    BASE.replace("token = t0ken\n", "") + "devices = 10.0.0.5\npassword = env:PW\n",
                    Map.of(AsicConfigReader.TOKEN_VARIABLE, "hws_env", "PW", "pw"))
                .token())
        .isEqualTo("hws_env");
  }

  @Test
  void aMissingSecretNamesTheSettingAndTheSourceNeverTheSecret() throws Exception {
    String withEnv =
        BASE.replace("token = t0ken", "token = env:SENTRY_TOKEN") + "devices = 10.0.0.5\n";
    assertThatThrownBy(() -> ConfigText.of(withEnv))
        .hasMessage("test.conf:3: token: the environment variable SENTRY_TOKEN is not set");

    Path missing = dir.resolve("none");
    assertThatThrownBy(
            () -> ConfigText.of(BASE + "devices = 10.0.0.5\npassword = file:" + missing + "\n"))
        .hasMessage("test.conf:6: password: the file " + missing + " does not exist");

    Path empty = Files.writeString(dir.resolve("empty"), "\n");
    assertThatThrownBy(
            () -> ConfigText.of(BASE + "devices = 10.0.0.5\npassword = file:" + empty + "\n"))
        .hasMessage("test.conf:6: password: the file " + empty + " is empty");

    Path spaced = Files.writeString(dir.resolve("spaced"), "two words\n");
    assertThatThrownBy(
            () ->
                ConfigText.of(
                    BASE.replace("token = t0ken", "token = file:" + spaced)
                        + "devices = 10.0.0.5\n"))
        .hasMessageStartingWith("test.conf:3: token: the token must be")
        .hasMessageNotContaining("two words");
  }

  @Test
  void badValuesAreNamedWithTheirLine() {
    assertBad(
        BASE + "devices = 10.0.0.5\ninterval = 30 seconds\n",
        "test.conf:6: interval: '30 seconds' is not a duration");
    assertBad(
        BASE + "devices = 10.0.0.5\ninterval = 10s\ntimeout = 10s\n",
        "test.conf:7: timeout: must be shorter than the interval (10s)");
    assertBad(
        BASE + "devices = 10.0.0.5\nconcurrency = 0\n",
        "test.conf:6: concurrency: must be a whole number from 1 to 4096, not '0'");
    assertBad(
        BASE + "devices = 10.0.0.5\noutbox-fsync = sometimes\n",
        "test.conf:6: outbox-fsync: must be always, batch or never");
    assertBad(
        BASE + "devices = 10.0.0.5\noutbox-max-size = 10KiB\n",
        "test.conf:6: outbox-max-size: must be at least 1048576 bytes");
    assertBad(
        BASE.replace("http://commander:8080", "ftp://commander") + "devices = 10.0.0.5\n",
        "test.conf:2: commander: the commander URL must be http:// or https://");
    assertBad(
        BASE.replace("rack-a", "rack/a") + "devices = 10.0.0.5\n",
        "test.conf:1: id: the sentry id must be");
    assertBad(BASE + "devices = 10.0.0.5, 10.0.0.999\n", "test.conf:5: devices: '10.0.0.999'");
    assertBad(
        BASE.replace("outbox = /var/lib/hw\n", "") + "devices = 10.0.0.5\n",
        "test.conf: no outbox: give outbox = ...");
    assertBad(BASE, "test.conf: nothing to watch");
  }

  @Test
  void eachMinerIsInOneGroupAndPoweredByOneRelay() {
    assertBad(
        BASE + "devices = 10.0.0.5\n[group a]\ndevices = 10.0.0.5:4028\n",
        "test.conf:7: the miner 10.0.0.5:4028 is also in the group default");
    assertBad(
        BASE + "[group a]\ndevices = 10.0.0.5\n[group a]\ndevices = 10.0.0.6\n",
        "test.conf:7: [group a] is given twice (first at test.conf:5)");
    assertBad(
        BASE + "[group default]\ndevices = 10.0.0.5\n",
        "test.conf:5: [group default] is the name of the sentry's own devices");
    assertBad(BASE + "[group a]\nuser = root\n", "test.conf:5: [group a] has no devices");
    assertBad(
        BASE
            + "[relay tasmota://10.0.9.1/1]\npowers = 10.0.0.5\n"
            + "[relay tasmota://10.0.9.1/2]\npowers = 10.0.0.5:4028\n",
        "test.conf:7: the miner 10.0.0.5:4028 is already powered by the relay tasmota://10.0.9.1/1");
    assertBad(
        BASE + "[relay tasmota://10.0.9.1/1]\n[relay tasmota://10.0.9.1:80/1?off=5s]\n",
        "test.conf:6: the relay tasmota://10.0.9.1/1 is given twice (first at test.conf:5)");
    assertBad(
        BASE + "[relay tasmota://10.0.9.1/1]\npowers = 10.0.0.0/24\n",
        "test.conf:6: powers: a relay powers single miners");
  }

  @Test
  void aRelaysCredentialsAreCheckedWithoutShowingThePassword() throws Exception {
    assertBad(
        BASE + "[relay shelly2://admin:pw1@10.0.9.1/0]\npassword = pw2\n",
        "test.conf:6: password: the relay URL has a password already");
    assertBad(
        BASE + "[relay modbus://10.0.9.2/coil/1]\npassword = secret\n",
        "test.conf:6: password: Modbus TCP has no authentication");
    assertBad(
        BASE + "[relay shelly1://10.0.9.3/0]\nuser = admin\n",
        "test.conf:6: user: a user needs a password");
    assertThatThrownBy(() -> ConfigText.of(BASE + "[relay shelly1://admin:hunter2@10.0.9.4/x]\n"))
        .hasMessageStartingWith(
            "test.conf:5: [relay]: the path of a shelly1 URL is the relay number")
        .hasMessageNotContaining("hunter2");

    AsicConfig config =
        ConfigText.of(
            BASE + "[relay shelly1://10.0.9.5/1?timeout=2s]\nuser = ops\npassword = env:PW\n",
            Map.of("PW", "pw"));

    RelayConfig relay = config.relays().get(0);
    assertThat(relay.address()).isEqualTo("shelly1://10.0.9.5/1");
    assertThat(relay.target().credentials().user()).isEqualTo("ops");
    assertThat(relay.target().credentials().password()).isEqualTo("pw");
    assertThat(relay.target().timing().replyTimeout()).isEqualTo(Duration.ofSeconds(2));
  }

  private static void assertBad(String text, String messageStart) {
    assertThatThrownBy(() -> ConfigText.of(text))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(messageStart);
  }
}
