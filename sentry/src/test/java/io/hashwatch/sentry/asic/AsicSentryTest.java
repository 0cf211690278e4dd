package io.hashwatch.sentry.asic;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.report.CommandAction;
import io.hashwatch.protocols.report.CommandResult;
import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.protocols.report.Report;
import io.hashwatch.protocols.report.ReportEntry;
import io.hashwatch.protocols.report.SentryCommand;
import io.hashwatch.sentry.config.AsicConfig;
import io.hashwatch.sentry.config.ConfigText;
import io.hashwatch.sentry.service.SentryService;
import io.hashwatch.sentry.simulate.Simulator;
import io.hashwatch.sentry.sweep.ShellyRelayStandIn;
import io.hashwatch.sentry.uplink.CommanderStandIn;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsicSentryTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir Path dir;

  @Test
  void reportsEveryDeviceRunsACommandFromTheAnswerAndStopsWithALastBatch() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    try (Simulator farm = Simulator.start(12, "127.0.24.1", port, List.of(), line -> {});
        ShellyRelayStandIn relay = new ShellyRelayStandIn();
        CommanderStandIn commander = CommanderStandIn.holdingUpTo(0)) {
      String first = farm.endpoints().get(0);
      AsicConfig config =
          ConfigText.of(
              "id = "
                  + CommanderStandIn.SENTRY_ID
                  + "\ncommander = "
                  + commander.uri()
                  + "\ntoken = "
                  + CommanderStandIn.TOKEN
                  + "\noutbox = "
                  + dir
                  + "\ninterval = 2s\ntimeout = 1500ms\n"
                  + "devices = 127.0.24.1-127.0.24.12:"
                  + port
                  + "\n[relay "
                  + relay.url("?off=100ms")
                  + "]\npowers = "
                  + first
                  + "\n");
      Set<String> everyDevice = new HashSet<>(farm.endpoints());
      everyDevice.add(relay.address());
      commander.command(new SentryCommand(41, first, CommandAction.POWER_CYCLE, List.of()));

      SentryService sentry = AsicSentry.start(config, Clock.systemUTC(), "test");
      try {
        assertThat(commander.await(c -> addresses(c.stored()).containsAll(everyDevice), PATIENCE))
            .isTrue();
        assertThat(commander.await(c -> !c.commandResults().isEmpty(), PATIENCE)).isTrue();
      } finally {
        int before = commander.reports().size();
        sentry.close();
        assertThat(commander.reports().size()).as("the last batch").isGreaterThan(before);
      }

      CommandResult cycled = commander.commandResults().get(0);
      assertThat(cycled.id()).isEqualTo(41);
      assertThat(cycled.status()).isEqualTo(CommandResult.Status.SUCCEEDED);
      assertThat(relay.switches()).containsExactly("off", "on");
      assertThat(commander.stored())
          .filteredOn(entry -> entry.kind() == DeviceKind.RELAY)
          .first()
          .satisfies(entry -> assertThat(((Reading) entry.result()).relayOn()).isNotNull());
      Report last = commander.reports().get(commander.reports().size() - 1);
      assertThat(last.health().version()).isEqualTo("test");
      assertThat(last.health().sweepMillis()).isNotNull();
      assertThat(last.health().devicesOk() + last.health().devicesFailed()).isEqualTo(13);
      assertThat(commander.stored())
          .extracting(ReportEntry::seq)
          .isSorted()
          .doesNotHaveDuplicates();
    }
  }

  private static Set<String> addresses(List<ReportEntry> entries) {
    return entries.stream().map(ReportEntry::address).collect(Collectors.toSet());
  }
}
