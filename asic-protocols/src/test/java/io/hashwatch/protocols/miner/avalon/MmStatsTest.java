package io.hashwatch.protocols.miner.avalon;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.testing.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MmStatsTest {

  @Test
  void readsTheTokensOfA1246MmString() throws Exception {
    String mm =
        Fixtures.json("avalon-asicrs/avalon_a_stats.json")
            .getJsonArray("STATS")
            .getJsonObject(0)
            .getString("MM ID0");

    MmStats stats = MmStats.parse(mm);

    assertThat(stats.text("Ver")).isEqualTo("1246-83-21072802_4ec6bb0_211fc46");
    assertThat(stats.text("SYSTEMSTATU")).isEqualTo("Work: In Work, Hash Board: 3");
    assertThat(stats.numbers("MGHS")).containsExactly(26907.01, 26025.06, 26724.56);
    assertThat(stats.numbers("PS"))
        .containsExactly(0.0, 1214.0, 1316.0, 242.0, 3189.0, 1320.0, 3504.0);
    assertThat(stats.number("FanR")).isEqualTo(72.0);
    assertThat(stats.numbers("PVT_T2")).hasSize(120).startsWith(66.0, 68.0, 62.0);
    assertThat(stats.text("FACOPTS0")).isNull();
    assertThat(stats.text("ATAOPTS1"))
        .isEqualTo("--avalon10-freq 472:492:512:532 --avalon10-voltage-level 55");
    assertThat(stats.keysStartingWith("Fan"))
        .containsExactly("Fan1", "Fan2", "Fan3", "Fan4", "FanR");
  }

  @Test
  void tokensThatTouchAndValuesWithUnitsAreRead() throws Exception {
    String mm =
        Fixtures.json("avalon-foreman/avalon10xx.stats.json")
            .getJsonArray("STATS")
            .getJsonObject(0)
            .getString("MM ID0");

    MmStats stats = MmStats.parse(mm);

    assertThat(stats.number("Elapsed")).isEqualTo(103840.0); // "Elapsed[103840]BOOTBY[1]"
    assertThat(stats.number("BOOTBY")).isEqualTo(1.0);
    assertThat(stats.number("MEMFREE")).isEqualTo(2601024.0); // "MEMFREE[2601024 B]"
    assertThat(stats.text("HS_RCD0"))
        .isEqualTo("Tenv:28 Tavg:65 Fan1:3171 Fan2:3183 V12:1212 Vout:1315 P_I:174 P_P:2288");
  }

  @Test
  void avalonQWrapsItsTokensInSections() throws Exception {
    var entry = Fixtures.json("avalon-asicrs/stats.json").getJsonArray("STATS").getJsonObject(0);

    MmStats summary = MmStats.parse(entry.getString("MM ID0:Summary"));
    Map<String, MmStats> boards = MmStats.sections(entry.getString("HBinfo"));

    assertThat(summary.text("Ver")).isEqualTo("Q-25052801_14a19a2");
    assertThat(summary.number("Nonce Mask")).isEqualTo(25.0); // the last token, before the '}'
    assertThat(summary.numbers("PS")).containsExactly(0.0, 1222.0, 4.0, 0.0, 0.0, 2245.0, 146.0);
    assertThat(boards).containsOnlyKeys("HB0");
    assertThat(boards.get("HB0").numbers("PVT_T0")).hasSize(160);
    assertThat(boards.get("HB0").numbers("MW0")).hasSize(160).startsWith(526.0, 664.0);
  }

  @Test
  void aStringCutShortKeepsWhatCameBeforeTheCut() {
    MmStats stats = MmStats.parse("Temp[30] TMax[77] Fan1[53");

    assertThat(stats.number("Temp")).isEqualTo(30.0);
    assertThat(stats.number("TMax")).isEqualTo(77.0);
    assertThat(stats.number("Fan1")).isEqualTo(53.0);
  }

  @Test
  void textWithoutTokensHasNone() {
    assertThat(MmStats.parse("").values()).isEmpty();
    assertThat(MmStats.parse("no tokens here").values()).isEmpty();
    assertThat(MmStats.sections("'HB0':{").values()).isEmpty();
  }
}
