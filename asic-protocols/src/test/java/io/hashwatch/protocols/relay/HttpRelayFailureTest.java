package io.hashwatch.protocols.relay;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.testing.HttpStandIn;
import io.hashwatch.protocols.testing.TcpStandIn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every HTTP relay driver makes of a device that cannot be reached, hangs or speaks something
 * else: a failure that may say nothing of the relay's state (it is not a refusal), never an
 * exception.
 */
class HttpRelayFailureTest {

  private static RelayDriver driver(String scheme, int port, String query) {
    return RelayRegistry.driverFor(scheme + "://127.0.0.1:" + port + "/1" + query);
  }

  @ParameterizedTest
  @ValueSource(strings = {"shelly1", "shelly2", "tasmota"})
  void aClosedPortIsAFailureThatMaySayNothingOfTheState(String scheme) throws Exception {
    RelayDriver relay = driver(scheme, TcpStandIn.closedPort(), "");

    assertThat(relay.on())
        .isInstanceOfSatisfying(
            RelayFailure.class,
            failure -> {
              assertThat(failure.refused()).isFalse();
              assertThat(failure.reason()).startsWith("switching on failed: cannot connect");
            });
    assertThat(relay.state())
        .isInstanceOfSatisfying(
            RelayFailure.class, failure -> assertThat(failure.refused()).isFalse());
  }

  @ParameterizedTest
  @ValueSource(strings = {"shelly1", "shelly2", "tasmota"})
  void aHungDeviceTimesOut(String scheme) throws Exception {
    try (TcpStandIn hung = TcpStandIn.hanging()) {
      RelayDriver relay = driver(scheme, hung.port(), "?timeout=300ms");

      long start = System.nanoTime();
      for (RelayResult result : List.of(relay.on(), relay.state())) {
        assertThat(result)
            .isInstanceOfSatisfying(
                RelayFailure.class,
                failure -> {
                  assertThat(failure.refused()).isFalse();
                  assertThat(failure.reason()).contains("did not answer in time");
                });
      }
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"shelly1", "shelly2", "tasmota"})
  void garbageIsAFailureNotAnException(String scheme) throws Exception {
    try (HttpStandIn router =
            new HttpStandIn(
                request -> HttpStandIn.Answer.json("<html><body>Router</body></html>"));
        TcpStandIn notHttp =
            TcpStandIn.answering("\u0000\u0001garbage\r\n\r\n".getBytes(StandardCharsets.UTF_8))) {
      for (int port : List.of(router.port(), notHttp.port())) {
        assertThat(driver(scheme, port, "").off())
            .isInstanceOfSatisfying(
                RelayFailure.class,
                failure -> {
                  assertThat(failure.refused()).isFalse();
                  assertThat(failure.reason()).startsWith("switching off failed");
                });
      }
    }
  }
}
