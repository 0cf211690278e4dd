package io.hashwatch.sentry.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.sentry.gpus.GpuSettings;
import io.hashwatch.sentry.outbox.OutboxSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RigConfigReaderTest {
  private static final String BASE =
      "id = rig-sentry-7\ncommander = http://commander:8080\ntoken = t0ken\noutbox = /var/lib/hw\n";

  @TempDir Path dir;

  @Test
  void fillsInTheDefaults() throws Exception {
    RigConfig config = ConfigText.rig(BASE);

    assertThat(config.id()).isEqualTo("rig-sentry-7");
    assertThat(config.commanders()).containsExactly(URI.create("http://commander:8080"));
    assertThat(config.token()).isEqualTo("t0ken");
    assertThat(config.name()).isEqualTo(ConfigText.HOSTNAME);
    assertThat(config.interval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.outbox()).isEqualTo(Path.of("/var/lib/hw"));
    assertThat(config.outboxSettings()).isEqualTo(OutboxSettings.defaults());
    assertThat(config.gpus()).isEqualTo(GpuSettings.Mode.AUTO);
    assertThat(config.nvidiaSmi()).isEqualTo("nvidia-smi");
    assertThat(config.rocmSmi()).isEqualTo("rocm-smi");
    assertThat(config.discover()).isTrue();
    assertThat(config.discoverEvery()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.rebootCommand()).isNull();
    assertThat(config.commandTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.programs()).isEmpty();
    assertThat(config.toString()).doesNotContain("t0ken");
  }

  @Test
  void theTimeoutIsAtMostHalfAShortInterval() throws Exception {
    assertThat(ConfigText.rig(BASE + "interval = 4s\n").timeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(ConfigText.rig(BASE + "interval = 1m\n").timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(ConfigText.rig(BASE + "interval = 1m\ntimeout = 20s\n").timeout())
        .isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void theExampleConfigReadsWithItsSecretsGiven() throws Exception {
    Path token = Files.writeString(dir.resolve("xmrig-token"), "xmrig-secret\n");
    String example =
        Files.readString(Path.of("examples/rig-sentry.conf"))
            .replace("/etc/hashwatch/xmrig-token", token.toString());

    RigConfig config = ConfigText.rig(example, Map.of(AsicConfigReader.TOKEN_VARIABLE, "hws_rig"));

    assertThat(config.commanders()).hasSize(2);
    assertThat(config.token()).isEqualTo("hws_rig");
    assertThat(config.name()).isEqualTo("rig-07");
    assertThat(config.outboxSettings().maxBytes()).isEqualTo(64L << 20);
    assertThat(config.nvidiaSmi()).isEqualTo("/usr/bin/nvidia-smi");
    assertThat(config.rebootCommand()).isEqualTo("systemctl reboot");
    assertThat(config.programs()).extracting(ProgramConfig::name).containsExactly("xmrig", "t-rex");
    ProgramConfig xmrig = config.programs().get(0);
    assertThat(xmrig.type()).isEqualTo("xmrig");
    assertThat(xmrig.endpoint().url()).isEqualTo(URI.create("http://127.0.0.1:8080"));
    assertThat(xmrig.endpoint().token()).isEqualTo("xmrig-secret");
    assertThat(xmrig.unit()).isEqualTo("xmrig.service");
    assertThat(xmrig.restartCommand()).isNull();
    ProgramConfig trex = config.programs().get(1);
    assertThat(trex.unit()).isNull();
    assertThat(trex.endpoint().token()).isNull();
    assertThat(trex.restartCommand()).isEqualTo("/opt/miners/t-rex/restart.sh");
    assertThat(trex.stopCommand()).isEqualTo("pkill -TERM -x t-rex");
    assertThat(trex.startCommand()).isEqualTo("/opt/miners/t-rex/start.sh > /dev/null 2>&1 &");
    assertThat(config.toString()).doesNotContain("hws_rig").doesNotContain("xmrig-secret");
  }

  @Test
  void aProgramTakesItsOptionsAndATokenFromTheEnvironment() throws Exception {
    RigConfig config =
        ConfigText.rig(
            BASE
                + "name = cpu-rig.3\ngpus = none\ndiscover = off\nreboot-command = /sbin/reboot\n"
                + "command-timeout = 2m\n"
                + "[program node]\ntype = Monerod\nurl = http://[::1]:18081/\n"
                + "miner-address = 4abc\nthreads = 2\ntoken = env:NODE_TOKEN\n"
                + "[program cpuminer]\ntype = cpuminer-opt\nurl = tcp://127.0.0.1:4048\n",
            Map.of("NODE_TOKEN", "n0de"));

    assertThat(config.name()).isEqualTo("cpu-rig.3");
    assertThat(config.gpus()).isEqualTo(GpuSettings.Mode.NONE);
    assertThat(config.discover()).isFalse();
    assertThat(config.rebootCommand()).isEqualTo("/sbin/reboot");
    assertThat(config.commandTimeout()).isEqualTo(Duration.ofMinutes(2));
    ProgramConfig node = config.programs().get(0);
    assertThat(node.type()).isEqualTo("monerod");
    assertThat(node.endpoint().host()).isEqualTo("[::1]");
    assertThat(node.endpoint().port()).isEqualTo(18081);
    assertThat(node.endpoint().token()).isEqualTo("n0de");
    assertThat(node.endpoint().options())
        .isEqualTo(Map.of("miner-address", "4abc", "threads", "2"));
    assertThat(config.programs().get(1).endpoint().url())
        .isEqualTo(URI.create("tcp://127.0.0.1:4048"));
    assertThat(config.programs().get(1).endpoint().options()).isEmpty();
  }

  @Test
  void flagsReplaceTheRigsOwnSettings() throws Exception {
    List<Section> file =
        ConfigFile.parse(BASE + "interval = 30s\n", "rig.conf", ConfigFile.Flavour.RIG);

    RigConfig config =
        RigConfigReader.read(
            file,
            List.of(
                new Setting("interval", "20s", "--interval"),
                new Setting("name", "flagged", "--name")),
            Map.of(),
            "rig.conf",
            "host");

    assertThat(config.interval()).isEqualTo(Duration.ofSeconds(20));
    assertThat(config.name()).isEqualTo("flagged");
  }

  @Test
  void aHostnameThatCannotBeAnAddressAsksForAName() throws Exception {
    List<Section> file = ConfigFile.parse(BASE, "rig.conf", ConfigFile.Flavour.RIG);

    assertThatThrownBy(() -> RigConfigReader.read(file, List.of(), Map.of(), "rig.conf", "my rig"))
        .hasMessage(
            "rig.conf: the hostname 'my rig' cannot be the rig's name (1 to 64 letters, digits,"
                + " '.', '_' or '-'): give name = ...");
    assertThat(
            RigConfigReader.read(
                    ConfigFile.parse(BASE + "name = ok\n", "rig.conf", ConfigFile.Flavour.RIG),
                    List.of(),
                    Map.of(),
                    "rig.conf",
                    "my rig")
                .name())
        .isEqualTo("ok");
  }

  @Test
  void badValuesAreNamedWithTheirLine() {
    assertBad(BASE + "name = rig/7\n", "rig.conf:5: name: the rig's name starts its devices'");
    assertBad(BASE + "gpus = intel\n", "rig.conf:5: gpus: must be auto, nvidia, amd or none");
    assertBad(BASE + "discover = yes\n", "rig.conf:5: discover: must be on or off, not 'yes'");
    assertBad(
        BASE + "interval = 10s\ntimeout = 10s\n",
        "rig.conf:6: timeout: must be shorter than the interval (10s)");
    assertBad(BASE + "command-timeout = 0s\n", "rig.conf:5: command-timeout: must be 1s to 1h");
    assertBad(BASE + "discover-every = 1s\n", "rig.conf:5: discover-every: must be 10s to 7d");
    assertBad(BASE + "outbox-fsync = often\n", "rig.conf:5: outbox-fsync: must be always");
    assertBad(
        BASE.replace("token = t0ken", "token = env:RIG_TOKEN"),
        "rig.conf:3: token: the environment variable RIG_TOKEN is not set");
    assertBad(BASE.replace("outbox = /var/lib/hw\n", ""), "rig.conf: no outbox: give outbox = ...");
    assertBad(BASE.replace("commander = http://commander:8080\n", ""), "rig.conf: no commander");
  }

  @Test
  void aProgramNeedsATypeAndAPlainApiUrl() {
    assertBad(
        BASE + "[program x]\nurl = http://127.0.0.1:1\n",
        "rig.conf:5: [program x] has no type = ...");
    assertBad(BASE + "[program x]\ntype = xmrig\n", "rig.conf:5: [program x] has no url = ...");
    for (String url :
        List.of(
            "https://127.0.0.1:8080",
            "http://127.0.0.1",
            "http://127.0.0.1:8080/1/summary",
            "http://user:pw@127.0.0.1:8080",
            "tcp://127.0.0.1:99999",
            "127.0.0.1:4028",
            "http://127.0.0.1:80?x=1")) {
      assertBad(
          BASE + "[program x]\ntype = xmrig\nurl = " + url + "\n",
          "rig.conf:7: url: '" + url + "' is not http://HOST:PORT or tcp://HOST:PORT");
    }
  }

  @Test
  void programSettingsAreChecked() {
    String xmrig = "[program x]\ntype = xmrig\nurl = http://127.0.0.1:8080\n";
    assertBad(
        BASE + xmrig + "unit = -x.service\n",
        "rig.conf:8: unit: '-x.service' is not a systemd unit name");
    assertBad(
        BASE + xmrig + "unit = xmrig service\n",
        "rig.conf:8: unit: 'xmrig service' is not a systemd unit name");
    assertBad(
        BASE + xmrig + "threads = many\n",
        "rig.conf:8: threads: must be a whole number from 1 to 1024");
    assertBad(
        BASE + xmrig + "token = file:" + dir.resolve("none") + "\n",
        "rig.conf:8: token: the file " + dir.resolve("none") + " does not exist");
    assertBad(
        BASE + xmrig + "[program x]\ntype = t-rex\nurl = http://127.0.0.1:4067\n",
        "rig.conf:8: [program x] is given twice (first at rig.conf:5)");
    assertBad(
        BASE + xmrig + "[program y]\ntype = xmrig\nurl = http://127.0.0.1:8080\n",
        "rig.conf:10: url: [program x] has this url already");
    assertBad(
        BASE + "[program gpu]\ntype = t-rex\nurl = http://127.0.0.1:4067\n",
        "rig.conf:5: [program gpu]: the name gpu is the rig's GPUs'");
  }

  private static void assertBad(String text, String messageStart) {
    assertThatThrownBy(() -> ConfigText.rig(text))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(messageStart);
  }
}
