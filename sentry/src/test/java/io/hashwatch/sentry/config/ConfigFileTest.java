package io.hashwatch.sentry.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {
  @TempDir Path dir;

  @Test
  void readsTheSentrysSettingsThenGroupsAndRelaysWithTheLineOfEachValue() throws Exception {
    List<Section> sections =
        ConfigFile.parse(
            """
            # a comment
            id = rack-a
            commander = http://one:8080
              ; an indented comment
            commander = http://two:8080

            [group row-3]
            devices = 10.0.3.0/24
            password = a=b#c

            [relay shelly1://10.0.9.11/0?off=15s]
            powers = 10.0.0.5
            """,
            "a.conf",
            ConfigFile.Flavour.ASIC);

    assertThat(sections)
        .extracting(Section::kind)
        .containsExactly(Section.Kind.SENTRY, Section.Kind.GROUP, Section.Kind.RELAY);
    Section sentry = sections.get(0);
    assertThat(sentry.one("id")).isEqualTo(new Setting("id", "rack-a", "a.conf:2"));
    assertThat(sentry.all("commander"))
        .extracting(Setting::value, Setting::where)
        .containsExactly(
            tuple("http://one:8080", "a.conf:3"), tuple("http://two:8080", "a.conf:5"));
    assertThat(sections.get(1).name()).isEqualTo("row-3");
    assertThat(sections.get(1).where()).isEqualTo("a.conf:7");
    assertThat(sections.get(1).one("password").value()).isEqualTo("a=b#c");
    assertThat(sections.get(2).name()).isEqualTo("shelly1://10.0.9.11/0?off=15s");
    assertThat(sections.get(2).one("powers").where()).isEqualTo("a.conf:12");
  }

  @Test
  void anUnknownSettingIsNamedWithItsLineAndTheKnownOnes() {
    assertThatThrownBy(
            () -> ConfigFile.parse("id = a\nintervall = 30s\n", "a.conf", ConfigFile.Flavour.ASIC))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("a.conf:2: unknown setting 'intervall' before the first section")
        .hasMessageContaining("interval");
    assertThatThrownBy(
            () ->
                ConfigFile.parse(
                    "[group g]\ncommander = http://x\n", "a.conf", ConfigFile.Flavour.ASIC))
        .hasMessageStartingWith("a.conf:2: unknown setting 'commander' in a [group]");
  }

  @Test
  void aSettingGivenTwiceIsAnErrorUnlessItIsAList() throws Exception {
    assertThatThrownBy(
            () -> ConfigFile.parse("id = a\n\nid = b\n", "a.conf", ConfigFile.Flavour.ASIC))
        .hasMessage("a.conf:3: id: given twice (first at a.conf:1)");
    assertThat(
            ConfigFile.parse(
                    "devices = 10.0.0.1\ndevices = 10.0.0.2\n", "a.conf", ConfigFile.Flavour.ASIC)
                .get(0)
                .all("devices"))
        .hasSize(2);
  }

  @Test
  void badLinesAndHeadersSayWhatIsExpected() {
    assertThatThrownBy(
            () -> ConfigFile.parse("id = a\npassword hunter2\n", "a.conf", ConfigFile.Flavour.ASIC))
        .hasMessage("a.conf:2: expected key = value or a [section] header")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> ConfigFile.parse("[miners]\n", "a.conf", ConfigFile.Flavour.ASIC))
        .hasMessageStartingWith("a.conf:1: a section header is [group NAME] or [relay URL]");
    assertThatThrownBy(() -> ConfigFile.parse("[site north]\n", "a.conf", ConfigFile.Flavour.ASIC))
        .hasMessageStartingWith("a.conf:1: unknown section [site ...]");
    assertThatThrownBy(() -> ConfigFile.parse("[group a/b]\n", "a.conf", ConfigFile.Flavour.ASIC))
        .hasMessageStartingWith("a.conf:1: a group name is");
    assertThatThrownBy(() -> ConfigFile.parse("id =\n", "a.conf", ConfigFile.Flavour.ASIC))
        .hasMessage("a.conf:1: id: has no value");
  }

  @Test
  void aMissingOrBinaryFileIsNamed() throws Exception {
    Path missing = dir.resolve("missing.conf");
    assertThatThrownBy(() -> ConfigFile.read(missing, ConfigFile.Flavour.ASIC))
        .hasMessage(missing + ": no such file");
    Path binary = Files.write(dir.resolve("b.conf"), new byte[] {'i', 'd', '=', (byte) 0xC3});
    assertThatThrownBy(() -> ConfigFile.read(binary, ConfigFile.Flavour.ASIC))
        .hasMessage(binary + ": not UTF-8 text");
    Path good = Files.writeString(dir.resolve("g.conf"), "id = ä\n", StandardCharsets.UTF_8);
    assertThat(ConfigFile.read(good, ConfigFile.Flavour.ASIC).get(0).one("id").where())
        .isEqualTo(good + ":1");
  }

  @Test
  void eachFlavourTakesItsOwnSettingsAndSections() throws Exception {
    List<Section> rig =
        ConfigFile.parse(
            "id = r\nname = rig-07\ngpus = nvidia\n[program xmrig]\ntype = xmrig\n",
            "rig.conf",
            ConfigFile.Flavour.RIG);

    assertThat(rig)
        .extracting(Section::kind, Section::name)
        .containsExactly(tuple(Section.Kind.RIG, ""), tuple(Section.Kind.PROGRAM, "xmrig"));
    assertThatThrownBy(() -> ConfigFile.parse("gpus = auto\n", "a.conf", ConfigFile.Flavour.ASIC))
        .hasMessageStartingWith("a.conf:1: unknown setting 'gpus' before the first section")
        .hasMessageContaining("devices");
    assertThatThrownBy(
            () -> ConfigFile.parse("devices = 10.0.0.5\n", "rig.conf", ConfigFile.Flavour.RIG))
        .hasMessageStartingWith("rig.conf:1: unknown setting 'devices' before the first section")
        .hasMessageContaining("reboot-command");
    assertThatThrownBy(() -> ConfigFile.parse("[group a]\n", "rig.conf", ConfigFile.Flavour.RIG))
        .hasMessage("rig.conf:1: unknown section [group ...]: use [program NAME]");
    assertThatThrownBy(() -> ConfigFile.parse("[program a]\n", "a.conf", ConfigFile.Flavour.ASIC))
        .hasMessage("a.conf:1: unknown section [program ...]: use [group NAME] or [relay URL]");
    assertThatThrownBy(
            () ->
                ConfigFile.parse(
                    "[program x]\ndevices = 10.0.0.5\n", "rig.conf", ConfigFile.Flavour.RIG))
        .hasMessageStartingWith("rig.conf:2: unknown setting 'devices' in a [program]");
    assertThatThrownBy(() -> ConfigFile.parse("[programs]\n", "rig.conf", ConfigFile.Flavour.RIG))
        .hasMessageStartingWith("rig.conf:1: a section header is [program NAME], not [programs]");
    assertThatThrownBy(
            () -> ConfigFile.parse("[program a/b]\n", "rig.conf", ConfigFile.Flavour.RIG))
        .hasMessage("rig.conf:1: a program name is 1 to 64 letters, digits, '.', '_' or '-'");
    assertThatThrownBy(
            () ->
                ConfigFile.parse(
                    "[program a]\ntype = x\ntype = y\n", "rig.conf", ConfigFile.Flavour.RIG))
        .hasMessage("rig.conf:3: type: given twice (first at rig.conf:2)");
  }
}
