package io.hashwatch.sentry.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.sentry.programs.ProgramAdapters;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo rig's simulated programs are read by the real adapters as the programs would be. */
class SimulatedProgramsTest {
  private final ProgramAdapters adapters = ProgramAdapters.standard();

  @Test
  void theTrexAndXmrigAdaptersReadTheSimulatedProgramsWithTheirRecordedFigures() throws Exception {
    try (SimulatedPrograms programs = SimulatedPrograms.start()) {
      Reading trex = reading(poll("t-rex", programs.trex()));
      Reading xmrig = reading(poll("xmrig", programs.xmrig()));

      assertThat(trex.firmware()).isEqualTo("t-rex");
      assertThat(trex.algorithm()).isEqualTo("x16r");
      // Recorded 7,748,158 H/s, wandering at most 3 % around it.
      assertThat(trex.hashrateHs()).isBetween(7748158 * 0.97, 7748158 * 1.03);
      assertThat(xmrig.firmware()).isEqualTo("xmrig");
      assertThat(xmrig.hashrateHs()).isEqualTo(1207.19);
      assertThat(xmrig.uptimeS()).isGreaterThanOrEqualTo(106L);
    }
  }

  private PollResult poll(String type, URI url) {
    return adapters
        .byType(type)
        .orElseThrow()
        .poll(new ProgramEndpoint(type, url, null, Map.of()), Duration.ofSeconds(5));
  }

  private static Reading reading(PollResult result) {
    assertThat(result).as(result.errors().toString()).isInstanceOf(Reading.class);
    return (Reading) result;
  }
}
