package io.hashwatch.commander.web.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.protocols.miner.MinerAction.PoolSetting;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoolEntryTest {

  private static PoolEntry row(String url, String user, String password) {
    PoolEntry row = new PoolEntry();
    row.setUrl(url);
    row.setUser(user);
    row.setPassword(password);
    return row;
  }

  @Test
  void filledRowsArePoolsInTheirOrderAndEmptyRowsAreNot() {
    List<PoolEntry> rows = PoolEntry.blank();
    rows.set(0, row(" stratum+tcp://a:3333 ", "farm.s19 ", "x"));
    rows.set(2, row("stratum+tcp://c:3333", null, null));

    assertThat(PoolEntry.settings(rows))
        .containsExactly(
            new PoolSetting("stratum+tcp://a:3333", "farm.s19", "x"),
            new PoolSetting("stratum+tcp://c:3333", "", ""));
  }

  @Test
  void aRowWithoutUrlButWithAUserIsRefusedByNumber() {
    List<PoolEntry> rows = List.of(row("stratum+tcp://a:3333", "", ""), row("", "farm", ""));

    assertThatThrownBy(() -> PoolEntry.settings(rows)).hasMessage("pool 2 needs a URL");
  }

  @Test
  void noPoolAtAllIsRefused() {
    assertThatThrownBy(() -> PoolEntry.settings(PoolEntry.blank()))
        .hasMessage("give at least one pool URL");
    assertThat(PoolEntry.blank()).hasSize(3);
  }

  @Test
  void tooLongTextIsRefused() {
    List<PoolEntry> rows = List.of(row("stratum+tcp://" + "a".repeat(600), "", ""));

    assertThatThrownBy(() -> PoolEntry.settings(rows))
        .hasMessageStartingWith("pool 1: at most 512");
  }
}
