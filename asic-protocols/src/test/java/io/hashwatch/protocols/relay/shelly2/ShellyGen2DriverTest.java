package io.hashwatch.protocols.relay.shelly2;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.relay.RelayDriver;
import io.hashwatch.protocols.relay.RelayFailure;
import io.hashwatch.protocols.relay.RelayRegistry;
import io.hashwatch.protocols.relay.RelayState;
import io.hashwatch.protocols.testing.HttpStandIn;
import org.junit.jupiter.api.Test;

class ShellyGen2DriverTest {

  private static RelayDriver driver(String url) {
    return RelayRegistry.driverFor(url);
  }

  @Test
  void switchesAndReadsOutputAndActivePower() throws Exception {
    try (ShellyGen2StandIn plus1pm = new ShellyGen2StandIn(1, 3180.4, null)) {
      RelayDriver relay = driver("shelly2://127.0.0.1:" + plus1pm.port() + "/0");

      assertThat(relay.off()).isEqualTo(RelayState.of(false));
      assertThat(plus1pm.isOn(0)).isFalse();
      assertThat(relay.state()).isEqualTo(new RelayState(false, 0.0));
      assertThat(relay.on()).isEqualTo(RelayState.of(true));
      assertThat(relay.state()).isEqualTo(new RelayState(true, 3180.4));
      assertThat(plus1pm.requests())
          .extracting(HttpStandIn.Request::target)
          .containsExactly(
              "/rpc/Switch.Set?id=0&on=false",
              "/rpc/Switch.GetStatus?id=0",
              "/rpc/Switch.Set?id=0&on=true",
              "/rpc/Switch.GetStatus?id=0");
    }
  }

  @Test
  void aSwitchWithoutMeterHasNoPowerRatherThanZero() throws Exception {
    try (ShellyGen2StandIn plus1 = new ShellyGen2StandIn(1, null, null)) {
      assertThat(driver("shelly2://127.0.0.1:" + plus1.port() + "/0").state())
          .isEqualTo(new RelayState(true, null));
    }
  }

  @Test
  void answersTheDigestSha256ChallengeWithTheDeviceIdAsRealm() throws Exception {
    try (ShellyGen2StandIn pro = new ShellyGen2StandIn(2, 150.0, "p@ss:word")) {
      RelayDriver second = driver("shelly2://admin:p%40ss%3Aword@127.0.0.1:" + pro.port() + "/1");

      assertThat(second.off()).isEqualTo(RelayState.of(false));
      assertThat(second.state()).isEqualTo(new RelayState(false, 0.0));

      assertThat(pro.isOn(0)).isTrue();
      assertThat(pro.isOn(1)).isFalse();
      // each call: a challenge, then the answer to it, which the stand-in verified
      assertThat(pro.requests()).hasSize(4);
      assertThat(pro.requests().get(1).authorization())
          .startsWith("Digest username=\"admin\", realm=\"" + ShellyGen2StandIn.DEVICE_ID + "\"")
          .contains("algorithm=SHA-256", "qop=auth");
    }
  }

  @Test
  void theUserMayBeLeftOutBecauseItIsAlwaysAdmin() throws Exception {
    try (ShellyGen2StandIn plus = new ShellyGen2StandIn(1, null, "secret")) {
      assertThat(driver("shelly2://:secret@127.0.0.1:" + plus.port()).off())
          .isEqualTo(RelayState.of(false));
    }
  }

  @Test
  void aWrongPasswordIsARefusal() throws Exception {
    try (ShellyGen2StandIn plus = new ShellyGen2StandIn(1, null, "secret")) {
      assertThat(driver("shelly2://admin:guess@127.0.0.1:" + plus.port() + "/0").off())
          .isInstanceOfSatisfying(
              RelayFailure.class,
              failure -> {
                assertThat(failure.refused()).isTrue();
                assertThat(failure.reason()).contains("refused the user and password (HTTP 401)");
              });
      assertThat(plus.isOn(0)).isTrue();
    }
  }

  @Test
  void noPasswordForADeviceThatWantsOneIsARefusal() throws Exception {
    try (ShellyGen2StandIn plus = new ShellyGen2StandIn(1, null, "secret")) {
      assertThat(driver("shelly2://127.0.0.1:" + plus.port() + "/0").state())
          .isInstanceOfSatisfying(
              RelayFailure.class,
              failure -> assertThat(failure.reason()).contains("wants a password (HTTP 401)"));
    }
  }

  @Test
  void aJsonRpcErrorIsARefusalWithItsMessage() throws Exception {
    try (ShellyGen2StandIn plus = new ShellyGen2StandIn(1, null, null)) {
      assertThat(driver("shelly2://127.0.0.1:" + plus.port() + "/4").on())
          .isInstanceOfSatisfying(
              RelayFailure.class,
              failure -> {
                assertThat(failure.refused()).isTrue();
                assertThat(failure.reason())
                    .isEqualTo(
                        "switching on failed: Switch.Set was refused with JSON-RPC error -105:"
                            + " Argument 'id', value 4 not found!");
              });
    }
  }

  @Test
  void aJsonRpcErrorFramedOrWithStatus200IsARefusalToo() throws Exception {
    String framed =
        "{\"id\":1,\"src\":\""
            + ShellyGen2StandIn.DEVICE_ID
            + "\",\"error\":{\"code\":-103,"
            + "\"message\":\"Resource 'switch:0' is locked\"}}";
    try (HttpStandIn device = new HttpStandIn(request -> HttpStandIn.Answer.json(framed))) {
      assertThat(driver("shelly2://127.0.0.1:" + device.port()).off())
          .isInstanceOfSatisfying(
              RelayFailure.class,
              failure -> {
                assertThat(failure.refused()).isTrue();
                assertThat(failure.reason()).endsWith("-103: Resource 'switch:0' is locked");
              });
    }
  }

  @Test
  void aStatusWithoutOutputIsAGarbledReply() throws Exception {
    try (HttpStandIn gen1 =
        new HttpStandIn(request -> HttpStandIn.Answer.json("{\"ison\":true}"))) {
      assertThat(driver("shelly2://127.0.0.1:" + gen1.port()).state())
          .isInstanceOfSatisfying(
              RelayFailure.class,
              failure -> {
                assertThat(failure.refused()).isFalse();
                assertThat(failure.reason()).contains("no true/false 'output'");
              });
    }
  }
}
