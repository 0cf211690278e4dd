package io.hashwatch.protocols.relay.tasmota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.protocols.json.JsonReplies;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import org.junit.jupiter.api.Test;

class TasmotaRepliesTest {

  @Test
  void readsPlainAndIndexedPowerReplies() throws Exception {
    // the replies quoted in the Power::Outlet::Tasmota documentation (PROTOCOLS.md section 10)
    assertThat(TasmotaReplies.power(JsonReplies.object("{\"POWER\":\"OFF\"}", "the reply"), 1))
        .isFalse();
    assertThat(TasmotaReplies.power(JsonReplies.object("{\"POWER1\":\"ON\"}", "the reply"), 1))
        .isTrue();
    assertThat(
            TasmotaReplies.power(
                JsonReplies.object("{\"POWER1\":\"ON\",\"POWER2\":\"OFF\"}", "the reply"), 2))
        .isFalse();
  }

  @Test
  void plainPowerDoesNotStandForAnotherRelayThanTheFirst() {
    assertThatThrownBy(
            () -> TasmotaReplies.power(JsonReplies.object("{\"POWER\":\"ON\"}", "the reply"), 2))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessageContaining("no ON/OFF for relay 2");
  }

  @Test
  void anUnknownCommandIsARefusal() {
    assertThatThrownBy(() -> TasmotaReplies.reply("Power9 On", "{\"Command\":\"Unknown\"}"))
        .isInstanceOf(DeviceResponseException.class)
        .hasMessage("Tasmota does not know the command 'Power9 On'");
  }

  @Test
  void energyPowerIsNullWithoutAnEnergyMeter() throws Exception {
    assertThat(
            TasmotaReplies.energyPower(
                JsonReplies.object(
                    "{\"StatusSNS\":{\"Time\":\"2024-05-01T12:00:00\"}}", "the reply"),
                1))
        .isNull();
    assertThat(
            TasmotaReplies.energyPower(
                JsonReplies.object("{\"StatusSNS\":{\"ENERGY\":{\"Power\":[12,0]}}}", "the reply"),
                3))
        .isNull();
  }
}
