package io.hashwatch.sentry.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.miner.StandardDrivers;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.protocols.report.ReportEntry;
import io.hashwatch.sentry.config.AsicConfig;
import io.hashwatch.sentry.config.ConfigText;
import io.hashwatch.sentry.outbox.Outbox;
import io.hashwatch.sentry.outbox.OutboxSettings;
import io.hashwatch.sentry.simulate.Simulator;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {
  @TempDir Path dir;

  @Test
  void everyDeviceGetsOneResultPerSweepAndAHungMinerHoldsUpNoOther() throws Exception {
    int port = freePort();
    try (Simulator farm = Simulator.start(200, "127.0.20.1", port, List.of(), line -> {});
        SilentMiner hung = new SilentMiner();
        ShellyRelayStandIn relay = new ShellyRelayStandIn();
        Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      List<String> miners = new ArrayList<>(farm.endpoints());
      miners.add(0, hung.address());
      // Generous: the shared build machine can be slow, and the hung miner's wait is the test's.
      AsicConfig config = config(String.join(",", miners), "8s", "[relay " + relay.url("") + "]");
      WatchedDevices devices = WatchedDevices.of(config);
      try (Sweep sweep = sweep(devices, outbox, config)) {

        SweepSummary first = sweep.run();

        List<ReportEntry> entries = outbox.peek(5000);
        assertThat(entries).hasSize(202);
        assertThat(first.ok()).isEqualTo(201);
        assertThat(first.failed()).isEqualTo(1);
        // The hung miner was polled first, and its result came last: it held up no other poll.
        ReportEntry last = entries.get(201);
        assertThat(last.address()).isEqualTo(hung.address());
        assertThat(last.result()).isInstanceOf(Unreachable.class);
        Map<String, ReportEntry> byAddress =
            entries.stream().collect(Collectors.toMap(ReportEntry::address, Function.identity()));
        for (String miner : farm.endpoints()) {
          assertThat(byAddress.get(miner).result()).as(miner).isInstanceOf(Reading.class);
          assertThat(byAddress.get(miner).kind()).isEqualTo(DeviceKind.ASIC);
        }
        ReportEntry relayEntry = byAddress.get(relay.address());
        assertThat(relayEntry.kind()).isEqualTo(DeviceKind.RELAY);
        assertThat(relayEntry.result())
            .isEqualTo(Reading.builder().relayOn(true).powerW(ShellyRelayStandIn.WATTS).build());
        assertThat(devices.miners())
            .filteredOn(miner -> !miner.address().equals(hung.address()))
            .allSatisfy(miner -> assertThat(miner.driver()).isNotNull());

        SweepSummary second = sweep.run();

        List<ReportEntry> both = outbox.peek(5000);
        assertThat(second.devices()).isEqualTo(202);
        assertThat(both).hasSize(404);
        assertThat(both.subList(202, 404))
            .extracting(ReportEntry::address)
            .containsExactlyInAnyOrderElementsOf(byAddress.keySet());
        assertThat(both).extracting(ReportEntry::seq).isSorted().doesNotHaveDuplicates();
      }
    }
  }

  @Test
  void aMinerThatStopsAnsweringIsIdentifiedAgainWhenItReturns() throws Exception {
    int port = freePort();
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      List<String> endpoints;
      AsicConfig config;
      WatchedDevices devices;
      try (Simulator stock = Simulator.start(3, "127.0.20.230", port, List.of("stock"), l -> {})) {
        endpoints = stock.endpoints();
        config = config(String.join(",", endpoints), "4s", "");
        devices = WatchedDevices.of(config);
        try (Sweep sweep = sweep(devices, outbox, config)) {
          sweep.run();
        }
      }
      assertThat(devices.miners())
          .allSatisfy(m -> assertThat(m.driver().firmware()).isEqualTo("stock"));
      try (Sweep sweep = sweep(devices, outbox, config)) {
        assertThat(sweep.run().failed()).isEqualTo(3);
        assertThat(devices.miners()).allSatisfy(miner -> assertThat(miner.driver()).isNull());

        try (Simulator braiins =
            Simulator.start(3, "127.0.20.230", port, List.of("braiins"), l -> {})) {
          assertThat(braiins.endpoints()).isEqualTo(endpoints);
          assertThat(sweep.run().ok()).isEqualTo(3);
        }
      }
      assertThat(devices.miners())
          .allSatisfy(miner -> assertThat(miner.driver().firmware()).isEqualTo("braiins"));
      List<ReportEntry> entries = outbox.peek(5000);
      assertThat(entries.subList(6, 9))
          .allSatisfy(
              entry -> assertThat(((Reading) entry.result()).firmware()).isEqualTo("braiins"));
    }
  }

  private AsicConfig config(String devices, String timeout, String sections) throws Exception {
    return ConfigText.of(
        "id = farm-1\n"
            + "commander = http://127.0.0.1:9\n"
            + "token = t0ken\n"
            + "outbox = "
            + dir
            + "\ntimeout = "
            + timeout
            + "\ndevices = "
            + devices
            + "\n"
            + sections
            + "\n");
  }

  private static Sweep sweep(WatchedDevices devices, Outbox outbox, AsicConfig config) {
    return new Sweep(
        devices, StandardDrivers.registry(), outbox, 64, config.timeout(), Clock.systemUTC());
  }

  static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
