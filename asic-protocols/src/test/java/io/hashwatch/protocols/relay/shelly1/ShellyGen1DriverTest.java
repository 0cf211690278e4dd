package io.hashwatch.protocols.relay.shelly1;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.relay.RelayDriver;
import io.hashwatch.protocols.relay.RelayFailure;
import io.hashwatch.protocols.relay.RelayRegistry;
import io.hashwatch.protocols.relay.RelayState;
import io.hashwatch.protocols.testing.HttpStandIn;
import org.junit.jupiter.api.Test;

class ShellyGen1DriverTest {

  private static RelayDriver driver(String url) {
    return RelayRegistry.driverFor(url);
  }

  @Test
  void switchesOffAndOnAndReadsTheStateWithTheMeteredPower() throws Exception {
    try (ShellyGen1StandIn plug = ShellyGen1StandIn.open(1, 1432.5)) {
      RelayDriver relay = driver("shelly1://127.0.0.1:" + plug.port() + "/0");

      assertThat(relay.off()).isEqualTo(new RelayState(false, null));
      assertThat(plug.isOn(0)).isFalse();
      assertThat(relay.state()).isEqualTo(new RelayState(false, 0.0));
      assertThat(relay.on()).isEqualTo(new RelayState(true, null));
      assertThat(plug.isOn(0)).isTrue();
      assertThat(relay.state()).isEqualTo(new RelayState(true, 1432.5));

      assertThat(plug.requests())
          .extracting(HttpStandIn.Request::target)
          .containsExactly(
              "/relay/0?turn=off",
              "/relay/0",
              "/meter/0",
              "/relay/0?turn=on",
              "/relay/0",
              "/meter/0");
    }
  }

  @Test
  void switchesTheRelayOfItsChannelOnly() throws Exception {
    try (ShellyGen1StandIn shelly25 = ShellyGen1StandIn.open(2, null)) {
      RelayDriver second = driver("shelly1://127.0.0.1:" + shelly25.port() + "/1");

      assertThat(second.off()).isEqualTo(RelayState.of(false));

      assertThat(shelly25.isOn(0)).isTrue();
      assertThat(shelly25.isOn(1)).isFalse();
    }
  }

  @Test
  void aModelWithoutAMeterHasNoPowerRatherThanZero() throws Exception {
    try (ShellyGen1StandIn shelly1 = ShellyGen1StandIn.open(1, null)) {
      assertThat(driver("shelly1://127.0.0.1:" + shelly1.port()).state())
          .isEqualTo(new RelayState(true, null));
    }
  }

  @Test
  void sendsBasicAuthWhenTheUrlHasAPassword() throws Exception {
    try (ShellyGen1StandIn plug = new ShellyGen1StandIn(1, null, "admin", "s3cret:pw")) {
      RelayDriver relay = driver("shelly1://:s3cret%3Apw@127.0.0.1:" + plug.port() + "/0");

      assertThat(relay.off()).isEqualTo(RelayState.of(false));
      assertThat(plug.isOn(0)).isFalse();
    }
  }

  @Test
  void aWrongPasswordIsARefusalThatSwitchesNothing() throws Exception {
    try (ShellyGen1StandIn plug = new ShellyGen1StandIn(1, null, "admin", "right")) {
      RelayDriver relay = driver("shelly1://admin:wrong@127.0.0.1:" + plug.port() + "/0");

      assertThat(relay.off())
          .isInstanceOfSatisfying(
              RelayFailure.class,
              failure -> {
                assertThat(failure.refused()).isTrue();
                assertThat(failure.reason())
                    .startsWith("switching off failed")
                    .contains("refused the user and password (HTTP 401)")
                    .doesNotContain("wrong");
              });
      assertThat(plug.isOn(0)).isTrue();
    }
  }

  @Test
  void aMissingPasswordSaysWhereToPutIt() throws Exception {
    try (ShellyGen1StandIn plug = new ShellyGen1StandIn(1, null, "admin", "right")) {
      assertThat(driver("shelly1://127.0.0.1:" + plug.port() + "/0").state())
          .isInstanceOfSatisfying(
              RelayFailure.class,
              failure ->
                  assertThat(failure.reason()).contains("put user:password@ in the relay URL"));
    }
  }

  @Test
  void anUnknownRelayIsARefusal() throws Exception {
    try (ShellyGen1StandIn plug = ShellyGen1StandIn.open(1, null)) {
      assertThat(driver("shelly1://127.0.0.1:" + plug.port() + "/3").on())
          .isInstanceOfSatisfying(
              RelayFailure.class,
              failure -> {
                assertThat(failure.refused()).isTrue();
                assertThat(failure.reason()).contains("HTTP 404");
              });
    }
  }
}
