package io.hashwatch.commander.alerts;

import static io.hashwatch.commander.alerts.Miner.miner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hashwatch.commander.alerts.SiteOutage.Grouped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteOutageTest {
  private static final AlertRule OFFLINE =
      Timeline.rule("offline", RuleKind.DEVICE_OFFLINE, null, 0, 0);
  private static final AlertRule HOT = Timeline.rule("hot", RuleKind.TEMPERATURE_HIGH, 90.0, 0, 0);

  /** Site A has 10 devices, site B 4; {@code offlineInA} of A's and all of B's are offline. */
  private static Grouped evaluate(int offlineInA) {
    List<Miner> miners = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      miners.add(miner(i, "A").status(i < offlineInA ? "offline" : "online"));
    }
    for (int i = 10; i < 14; i++) {
      miners.add(miner(i, i == 10 ? null : "B").status("offline"));
    }
    miners.add(miner(20, "B").temp(99.0));
    List<AlertChange> changes = new Timeline(OFFLINE, HOT).at(0, miners, List.of());
    Map<String, Integer> perSite =
        SiteOutage.devicesPerSite(miners.stream().map(Miner::facts).toList());
    assertThat(perSite).containsEntry("A", 10).containsEntry("B", 4);
    return SiteOutage.group(changes, perSite, SiteOutage.DEFAULT_SHARE);
  }

  @Test
  void halfASiteOfflineIsOneBurst() {
    Grouped grouped = evaluate(5);
    assertThat(grouped.bursts())
        .extracting(SiteOutage.Burst::site, SiteOutage.Burst::count, SiteOutage.Burst::total)
        .containsExactlyInAnyOrder(tuple("A", 5, 10), tuple("B", 3, 4));
    assertThat(grouped.bursts().get(0).changes())
        .allMatch(c -> c.kind() == RuleKind.DEVICE_OFFLINE);
    assertThat(grouped.others())
        .extracting(AlertChange::key)
        .containsExactlyInAnyOrder(
            new AlertKey("offline", "device:10"), new AlertKey("hot", "device:20"));
  }

  @Test
  void lessThanTheShareStaysSingle() {
    Grouped grouped = evaluate(4);
    assertThat(grouped.bursts()).extracting(SiteOutage.Burst::site).containsExactly("B");
    assertThat(grouped.others()).hasSize(4 + 2);
  }

  @Test
  void oneDeviceIsNeverABurst() {
    AlertChange lonely = new Timeline(OFFLINE).at(0, miner(1, "C").status("offline")).get(0);
    Grouped grouped = SiteOutage.group(List.of(lonely), Map.of("C", 1), 0.5);
    assertThat(grouped.bursts()).isEmpty();
    assertThat(grouped.others()).containsExactly(lonely);
  }

  @Test
  void resolutionsAreNeverGrouped() {
    Timeline timeline = new Timeline(OFFLINE);
    timeline.at(0, miner(1, "C").status("offline"), miner(2, "C").status("offline"));
    List<AlertChange> resolved = timeline.at(1, miner(1, "C"), miner(2, "C"));
    Grouped grouped = SiteOutage.group(resolved, Map.of("C", 2), 0.5);
    assertThat(grouped.bursts()).isEmpty();
    assertThat(grouped.others()).hasSize(2);
  }
}
