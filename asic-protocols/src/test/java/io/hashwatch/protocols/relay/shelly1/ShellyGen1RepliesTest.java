package io.hashwatch.protocols.relay.shelly1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.protocols.relay.RelayState;
import io.hashwatch.protocols.transport.MalformedReplyException;
import org.junit.jupiter.api.Test;

class ShellyGen1RepliesTest {

  @Test
  void theRealPlugSReplyToTurnOnSaysOn() throws Exception {
    // {"ison":true,"has_timer":false,...,"source":"http"}
    assertThat(ShellyGen1Replies.relay(ShellyGen1StandIn.ON_REPLY))
        .isEqualTo(new RelayState(true, null));
  }

  @Test
  void theRealPlugSReplyToTurnOffSaysOff() throws Exception {
    // {"ison":false,"has_timer":false,...,"source":"http"}
    assertThat(ShellyGen1Replies.relay(ShellyGen1StandIn.OFF_REPLY))
        .isEqualTo(new RelayState(false, null));
  }

  @Test
  void aMeterReplyGivesItsPower() throws Exception {
    assertThat(
            ShellyGen1Replies.meterPower(
                "{\"power\":1432.57,\"overpower\":0.00,\"is_valid\":true,\"timestamp\":1700000000,"
                    + "\"counters\":[1430.1,1431.2,1432.0],\"total\":5012}"))
        .isEqualTo(1432.57);
  }

  @Test
  void aMeterThatSaysItsFigureIsNotValidGivesNoPowerRatherThanZero() throws Exception {
    assertThat(ShellyGen1Replies.meterPower("{\"power\":0,\"is_valid\":false}")).isNull();
  }

  @Test
  void aReplyWithoutIsonIsMalformed() {
    assertThatThrownBy(() -> ShellyGen1Replies.relay("{\"ison\":\"yes\"}"))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessageContaining("ison");
    assertThatThrownBy(() -> ShellyGen1Replies.relay("<html>Not a Shelly</html>"))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> ShellyGen1Replies.relay("[true]"))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessageContaining("not a JSON object");
  }
}
