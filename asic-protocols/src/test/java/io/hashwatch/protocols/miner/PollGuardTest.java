package io.hashwatch.protocols.miner;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.transport.DeviceConnectException;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.protocols.transport.DeviceTimeoutException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import org.junit.jupiter.api.Test;

class PollGuardTest {
  private static final MinerTarget TARGET = MinerTarget.of("10.0.0.7", 4028);

  @Test
  void aPollThatGoesWellIsItsResult() {
    NoData starting = NoData.because("summary: the miner has nothing to report yet");
    assertThat(PollGuard.run(TARGET, () -> starting)).isSameAs(starting);
  }

  @Test
  void noAnswerIsUnreachable() {
    assertThat(
            PollGuard.run(
                TARGET,
                () -> {
                  throw new DeviceTimeoutException("10.0.0.7:4028 did not answer in time", null);
                }))
        .isEqualTo(Unreachable.because("10.0.0.7:4028 did not answer in time"));
    assertThat(
            PollGuard.run(
                TARGET,
                () -> {
                  throw new DeviceConnectException("cannot connect to 10.0.0.7:4028", null);
                }))
        .isInstanceOf(Unreachable.class);
  }

  @Test
  void aRefusalOrAnUnreadableReplyIsRejected() {
    assertThat(
            PollGuard.run(
                TARGET,
                () -> {
                  throw new DeviceResponseException(14, "Invalid command");
                }))
        .isEqualTo(Rejected.because("Invalid command"));
    assertThat(
            PollGuard.run(
                TARGET,
                () -> {
                  throw new MalformedReplyException("not JSON");
                }))
        .isEqualTo(Rejected.because("not JSON"));
  }

  @Test
  void aParserTrippingOverBadDataIsRejectedWithItsReason() {
    assertThat(
            PollGuard.run(
                TARGET,
                () -> {
                  throw new IllegalArgumentException("boards holds 70 items, at most 64");
                }))
        .isEqualTo(
            Rejected.because(
                "the replies of 10.0.0.7:4028 could not be read: boards holds 70 items, at most"
                    + " 64"));
    assertThat(
            PollGuard.run(
                TARGET,
                () -> {
                  throw new NullPointerException();
                }))
        .isEqualTo(
            Rejected.because(
                "the replies of 10.0.0.7:4028 could not be read: NullPointerException"));
  }

  @Test
  void theApiThatFailedStartsTheReason() {
    assertThat(
            PollGuard.run(
                TARGET,
                "API v3: ",
                () -> {
                  throw new DeviceConnectException("cannot connect to 10.0.0.7:4433", null);
                }))
        .isEqualTo(Unreachable.because("API v3: cannot connect to 10.0.0.7:4433"));
    assertThat(
            PollGuard.run(
                TARGET,
                "API v3: ",
                () -> {
                  throw new IllegalStateException("no summary");
                }))
        .isEqualTo(
            Rejected.because("API v3: the replies of 10.0.0.7:4028 could not be read: no summary"));
  }
}
