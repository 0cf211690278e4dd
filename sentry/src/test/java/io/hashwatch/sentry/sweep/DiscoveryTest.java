package io.hashwatch.sentry.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.miner.StandardDrivers;
import io.hashwatch.sentry.config.AsicConfig;
import io.hashwatch.sentry.config.ConfigText;
import io.hashwatch.sentry.simulate.Simulator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscoveryTest {

  @Test
  void addsTheMinersFoundInARangeOnceWithTheirDriverAndGroupCredentials() throws Exception {
    int port = SweepTest.freePort();
    try (Simulator farm = Simulator.start(4, "127.0.21.2", port, List.of(), line -> {})) {
      AsicConfig config =
          ConfigText.of(
              "id = farm-1\ncommander = http://127.0.0.1:9\ntoken = t0ken\noutbox = /tmp/x\n"
                  + "devices = 127.0.21.9\n"
                  + "[group lab]\ndevices = 127.0.21.1-127.0.21.7:"
                  + port
                  + "\nuser = ops\npassword = pw\n");
      WatchedDevices devices = WatchedDevices.of(config);
      Discovery discovery = new Discovery(devices, config.groups(), StandardDrivers.registry(), 16);

      assertThat(discovery.run()).isEqualTo(4);
      assertThat(discovery.run()).isZero();

      assertThat(devices.miners())
          .extracting(WatchedMiner::address)
          .containsExactly(
              "127.0.21.9:4028",
              "127.0.21.2:" + port,
              "127.0.21.3:" + port,
              "127.0.21.4:" + port,
              "127.0.21.5:" + port);
      List<WatchedMiner> found = devices.miners().subList(1, 5);
      assertThat(found)
          .extracting(miner -> miner.driver().firmware())
          .containsExactly("stock", "braiins", "avalon", "luxos");
      assertThat(found)
          .allSatisfy(
              miner -> {
                assertThat(miner.target().credentials().user()).isEqualTo("ops");
                assertThat(miner.target().credentials().password()).isEqualTo("pw");
              });
    }
  }
}
