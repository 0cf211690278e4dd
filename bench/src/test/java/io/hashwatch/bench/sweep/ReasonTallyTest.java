package io.hashwatch.bench.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.reading.Unreachable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReasonTallyTest {

  @Test
  void addressesAreMaskedSoOneReasonMakesOneLine() {
    ReasonTally tally = new ReasonTally();
    tally.add(Unreachable.because("cannot connect to 127.0.1.1:4028: Connection refused"));
    tally.add(Unreachable.because("cannot connect to 127.0.39.254:4028: Connection refused"));
    tally.add(Rejected.because("summary: Invalid command"));
    assertThat(tally.total()).isEqualTo(3);
    assertThat(tally.byCount())
        .containsExactly(
            Map.entry("unreachable: cannot connect to <miner>: Connection refused", 2),
            Map.entry("rejected: summary: Invalid command", 1));
  }

  @Test
  void readingsAreNotCounted() {
    ReasonTally tally = new ReasonTally();
    tally.addAll(List.of(Reading.builder().firmware("whatsminer").hashrateHs(0.0).build()));
    assertThat(tally.total()).isZero();
  }

  @Test
  void versionsAreNotTakenForAddresses() {
    assertThat(ReasonTally.mask("cgminer 4.9.2 at 10.0.0.7")).isEqualTo("cgminer 4.9.2 at <miner>");
  }
}
