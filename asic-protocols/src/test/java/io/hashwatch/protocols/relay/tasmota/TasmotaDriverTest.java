package io.hashwatch.protocols.relay.tasmota;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.relay.RelayDriver;
import io.hashwatch.protocols.relay.RelayFailure;
import io.hashwatch.protocols.relay.RelayRegistry;
import io.hashwatch.protocols.relay.RelayState;
import io.hashwatch.protocols.testing.HttpStandIn;
import io.hashwatch.protocols.testing.TcpStandIn;
import org.junit.jupiter.api.Test;

class TasmotaDriverTest {

  private static RelayDriver driver(String url) {
    return RelayRegistry.driverFor(url);
  }

  @Test
  void switchesASingleRelayDeviceThatAnswersPlainPower() throws Exception {
    try (TasmotaStandIn plug = new TasmotaStandIn(1, new double[] {1415.0}, null)) {
      RelayDriver relay = driver("tasmota://127.0.0.1:" + plug.port());

      assertThat(relay.off()).isEqualTo(RelayState.of(false));
      assertThat(plug.isOn(1)).isFalse();
      assertThat(relay.state()).isEqualTo(new RelayState(false, 0.0));
      assertThat(relay.on()).isEqualTo(RelayState.of(true));
      assertThat(relay.state()).isEqualTo(new RelayState(true, 1415.0));
      assertThat(plug.requests())
          .extracting(HttpStandIn.Request::target)
          .startsWith("/cm?cmnd=Power1%20Off", "/cm?cmnd=Power1", "/cm?cmnd=Status%208");
    }
  }

  @Test
  void switchesOneRelayOfSeveralAndReadsItsPowerFromThePerChannelArray() throws Exception {
    try (TasmotaStandIn dual = new TasmotaStandIn(2, new double[] {11.5, 1620.25}, null)) {
      RelayDriver second = driver("tasmota://127.0.0.1:" + dual.port() + "/2");

      assertThat(second.state()).isEqualTo(new RelayState(true, 1620.25));
      assertThat(second.off()).isEqualTo(RelayState.of(false));
      assertThat(dual.isOn(1)).isTrue();
      assertThat(dual.isOn(2)).isFalse();
    }
  }

  @Test
  void aDeviceWithoutMeterHasNoPowerRatherThanZero() throws Exception {
    try (TasmotaStandIn sonoff = new TasmotaStandIn(1, new double[0], null)) {
      assertThat(driver("tasmota://127.0.0.1:" + sonoff.port()).state())
          .isEqualTo(new RelayState(true, null));
    }
  }

  @Test
  void sendsThePasswordAsTasmotaWantsIt() throws Exception {
    try (TasmotaStandIn plug = new TasmotaStandIn(1, new double[0], "a&b c")) {
      assertThat(driver("tasmota://:a%26b%20c@127.0.0.1:" + plug.port() + "/1").off())
          .isEqualTo(RelayState.of(false));
      assertThat(plug.requests().get(0).target())
          .isEqualTo("/cm?cmnd=Power1%20Off&user=admin&password=a%26b%20c");
    }
  }

  @Test
  void aWrongPasswordIsARefusalFromTheWarning() throws Exception {
    try (TasmotaStandIn plug = new TasmotaStandIn(1, new double[0], "right")) {
      assertThat(driver("tasmota://admin:wrong@127.0.0.1:" + plug.port()).off())
          .isInstanceOfSatisfying(
              RelayFailure.class,
              failure -> {
                assertThat(failure.refused()).isTrue();
                assertThat(failure.reason())
                    .isEqualTo(
                        "switching off failed: Tasmota refused 'Power1 Off':"
                            + " Need user=<username>&password=<password>");
              });
      assertThat(plug.isOn(1)).isTrue();
    }
  }

  @Test
  void aRelayTheDeviceLacksIsARefusal() throws Exception {
    try (TasmotaStandIn plug = new TasmotaStandIn(1, new double[0], null)) {
      assertThat(driver("tasmota://127.0.0.1:" + plug.port() + "/3").on())
          .isInstanceOfSatisfying(
              RelayFailure.class,
              failure -> {
                assertThat(failure.refused()).isTrue();
                assertThat(failure.reason()).contains("does not know the command 'Power3 On'");
              });
    }
  }

  @Test
  void aTimeoutNeverShowsThePasswordOfTheQuery() throws Exception {
    try (TcpStandIn hung = TcpStandIn.hanging()) {
      assertThat(driver("tasmota://admin:hunter2@127.0.0.1:" + hung.port() + "?timeout=300ms").on())
          .isInstanceOfSatisfying(
              RelayFailure.class,
              failure ->
                  assertThat(failure.reason())
                      .contains("did not answer in time", "password=***")
                      .doesNotContain("hunter2"));
    }
  }

  @Test
  void aPowerThatIsNeitherOnNorOffIsAFailure() throws Exception {
    try (HttpStandIn other = new HttpStandIn(request -> HttpStandIn.Answer.json("{\"POWER\":7}"))) {
      assertThat(driver("tasmota://127.0.0.1:" + other.port()).on())
          .isInstanceOfSatisfying(
              RelayFailure.class,
              failure -> assertThat(failure.reason()).contains("no ON/OFF for relay 1"));
    }
  }
}
