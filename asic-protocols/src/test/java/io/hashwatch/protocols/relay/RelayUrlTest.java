package io.hashwatch.protocols.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.protocols.relay.modbus.ModbusRelayDriver;
import io.hashwatch.protocols.relay.shelly1.ShellyGen1Driver;
import io.hashwatch.protocols.relay.shelly2.ShellyGen2Driver;
import io.hashwatch.protocols.relay.tasmota.TasmotaDriver;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RelayUrlTest {

  @Test
  void readsTheExamplesOfEachKind() {
    assertThat(RelayUrl.parse("shelly1://10.0.0.5/0"))
        .isEqualTo(
            new RelayTarget(
                RelayKind.SHELLY1,
                "10.0.0.5",
                80,
                1,
                0,
                RelayTarget.Credentials.NONE,
                RelayTarget.Timing.DEFAULT));
    RelayTarget shelly2 = RelayUrl.parse("shelly2://admin:pw@10.0.0.6/0");
    assertThat(shelly2.kind()).isEqualTo(RelayKind.SHELLY2);
    assertThat(shelly2.credentials()).isEqualTo(new RelayTarget.Credentials("admin", "pw"));
    RelayTarget tasmota = RelayUrl.parse("tasmota://10.0.0.7/1");
    assertThat(tasmota.kind()).isEqualTo(RelayKind.TASMOTA);
    assertThat(tasmota.channel()).isEqualTo(1);
    RelayTarget modbus = RelayUrl.parse("modbus://10.0.0.8:502/unit/1/coil/0");
    assertThat(modbus.kind()).isEqualTo(RelayKind.MODBUS);
    assertThat(modbus.port()).isEqualTo(502);
    assertThat(modbus.unit()).isEqualTo(1);
    assertThat(modbus.channel()).isEqualTo(0);
  }

  @Test
  void fillsInTheDefaultsOfEachKind() {
    assertThat(RelayUrl.parse("shelly2://10.0.0.6").channel()).isZero();
    assertThat(RelayUrl.parse("tasmota://10.0.0.7/").channel()).isEqualTo(1);
    RelayTarget modbus = RelayUrl.parse("MODBUS://10.0.0.8/coil/7");
    assertThat(modbus.port()).isEqualTo(502);
    assertThat(modbus.unit()).isEqualTo(1);
    assertThat(modbus.channel()).isEqualTo(7);
    assertThat(RelayUrl.parse("modbus://10.0.0.8/coil/3/unit/17").unit()).isEqualTo(17);
  }

  @Test
  void readsTheTimingOptions() {
    assertThat(RelayUrl.parse("shelly1://h/0?off=30s&connect=500ms&timeout=2").timing())
        .isEqualTo(
            new RelayTarget.Timing(
                Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(30)));
    assertThat(RelayUrl.parse("tasmota://h?off=2m").timing().offTime())
        .isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void decodesPercentEncodedCredentialsAndKeepsPlusSigns() {
    assertThat(RelayUrl.parse("shelly2://:a%40b%3Ac+d@h/0").credentials())
        .isEqualTo(new RelayTarget.Credentials("", "a@b:c+d"));
  }

  @Test
  void readsIpv6Hosts() {
    RelayTarget target = RelayUrl.parse("shelly1://[fd00::5]:8080/1");
    assertThat(target.host()).isEqualTo("fd00::5");
    assertThat(target.address()).isEqualTo("[fd00::5]:8080");
  }

  @Test
  void writesTheUrlBackWithThePasswordMasked() {
    RelayTarget target = RelayUrl.parse("shelly2://admin:secret@10.0.0.6:8080/2?off=500ms");
    assertThat(RelayUrl.format(target))
        .isEqualTo("shelly2://admin:***@10.0.0.6:8080/2?off=500ms")
        .isEqualTo(target.toString());
    assertThat(RelayUrl.format(RelayUrl.parse("modbus://10.0.0.8/coil/3")))
        .isEqualTo("modbus://10.0.0.8/unit/1/coil/3");
    assertThat(RelayUrl.parse(RelayUrl.format(RelayUrl.parse("tasmota://h/2?timeout=1s"))))
        .isEqualTo(RelayUrl.parse("tasmota://h/2?timeout=1s"));
  }

  @Test
  void saysWhatIsWrongWithABadUrl() {
    assertThatThrownBy(() -> RelayUrl.parse("shelly3://h/0"))
        .hasMessage("unknown relay kind 'shelly3': use one of shelly1, shelly2, tasmota, modbus");
    assertThatThrownBy(() -> RelayUrl.parse("10.0.0.5"))
        .hasMessageStartingWith("a relay URL starts with its kind");
    assertThatThrownBy(() -> RelayUrl.parse("shelly1://h/relay/0"))
        .hasMessageContaining("is the relay number, such as /0");
    assertThatThrownBy(() -> RelayUrl.parse("tasmota://h/0"))
        .hasMessage("tasmota channels are 1 to 32, not 0");
    assertThatThrownBy(() -> RelayUrl.parse("modbus://h/unit/1"))
        .hasMessageContaining("/unit/1/coil/0 or /coil/0");
    assertThatThrownBy(() -> RelayUrl.parse("modbus://h/coil/1/coil/2"))
        .hasMessageContaining("/unit/1/coil/0 or /coil/0");
    assertThatThrownBy(() -> RelayUrl.parse("modbus://h/unit/256/coil/0"))
        .hasMessage("the Modbus unit must be 0 to 255, not 256");
    assertThatThrownBy(() -> RelayUrl.parse("modbus://u:p@h/coil/0"))
        .hasMessageContaining("Modbus TCP has no authentication");
    assertThatThrownBy(() -> RelayUrl.parse("shelly2://secret@h/0"))
        .hasMessageContaining("user:password@");
    assertThatThrownBy(() -> RelayUrl.parse("shelly1://h/0?of=10s"))
        .hasMessageContaining("unknown relay URL option 'of'");
    assertThatThrownBy(() -> RelayUrl.parse("shelly1://h/0?off=0s"))
        .hasMessageContaining("off must be a positive duration");
    assertThatThrownBy(() -> RelayUrl.parse("shelly1://h/0?off=1s&off=2s"))
        .hasMessage("the option off is given twice");
    assertThatThrownBy(() -> RelayUrl.parse("shelly1://h:99999/0"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theRegistryGivesEachKindItsDriver() {
    assertThat(RelayRegistry.driverFor("shelly1://h/0")).isInstanceOf(ShellyGen1Driver.class);
    assertThat(RelayRegistry.driverFor("shelly2://h/0")).isInstanceOf(ShellyGen2Driver.class);
    assertThat(RelayRegistry.driverFor("tasmota://h/1")).isInstanceOf(TasmotaDriver.class);
    assertThat(RelayRegistry.driverFor("modbus://h/coil/0"))
        .isInstanceOf(ModbusRelayDriver.class)
        .extracting(RelayDriver::target)
        .isEqualTo(RelayUrl.parse("modbus://h/unit/1/coil/0"));
  }
}
