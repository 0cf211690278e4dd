package io.hashwatch.protocols.miner.antminer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.miner.Fingerprint;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which real {@code version} (or, when refused, {@code stats}) replies stock claims. */
class AntminerRecognitionTest {
  private final AntminerDriver driver = new AntminerDriver();

  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource({
    "antminer-legacy-foreman, b3.version.json",
    "antminer-legacy-foreman, s9.version.json",
    "antminer-stock-s17pro-foreman, version.json",
    "antminer-stock-s19-foreman, version.s19pro.json",
    "antminer-stock-s19-foreman, version.really_cold.json",
    "antminer-stock-s19pro-bmminer, version.json", // 2022+ build: "cgminer 1.0.0"
  })
  void claimsBitmainStockFirmware(String folder, String file) {
    assertThat(driver.recognizes(new Fingerprint(Recorded.json(folder, file), null, false)))
        .isTrue();
  }

  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource({
    "antminer-s19-mskminer-pyasic, version.json", // third-party, Type "S19-88 v.2.6.0.39"
    "braiins-os, bosminer-api-foreman/bos_legacy_bmminer.version.json", // bmminer bOS_am1
    "braiins-os, bosminer-api-foreman/bos_0.2.0.version.json",
    "braiins-os, bosminer-api-foreman/bosplus_0.2.0.version.json",
    "braiins-os, asicrs-v25_05/version.json",
    "luxos, version.json", // "Type": "Antminer S19k Pro" but LUXminer
    "avalon-asicrs, version.json",
    "whatsminer-btminer-apiv1, get_version.json",
    "whatsminer-btminer-apiv2, get_version.json",
    "hammer-d10-pyasic, version.json",
    "sealminer, version.json",
    "auradine, version.json",
  })
  void leavesOtherFirmwareAlone(String folder, String file) {
    assertThat(driver.recognizes(new Fingerprint(Recorded.json(folder, file), null, false)))
        .isFalse();
  }

  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource({
    "vnish-s21pro, rpc_stats.json", // VNish refuses version; stats say "(Vnish 1.2.7)"
    "antminer-legacy-foreman, s9_nicehash.stats.json", // "Antminer S9 (vnish 3.8.6)"
    "antminer-stock-s19pro-bmminer, stats.json", // stock never refuses version
  })
  void leavesAMinerThatRefusesVersionAlone(String folder, String file) {
    assertThat(driver.recognizes(new Fingerprint(null, Recorded.json(folder, file), false)))
        .isFalse();
  }

  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource({
    "antminer-legacy-foreman, s9_nicehash.stats.json",
    "antminer-legacy-foreman, s9_hiveon.stats.json",
  })
  void judgesAVersionThatNamesVnishOrHiveonByItsMarks(String folder, String file) {
    // These S9s were recorded as stats only; their first STATS entry is what version says.
    JsonObject stats = Recorded.json(folder, file);
    JsonObject version =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("STATUS", stats.get("STATUS"))
            .add(
                "VERSION",
                CachedJsonProvider.INSTANCE
                    .createArrayBuilder()
                    .add(stats.getJsonArray("STATS").get(0)))
            .build();
    boolean vnish = file.contains("nicehash");
    assertThat(driver.recognizes(new Fingerprint(version, null, false))).isEqualTo(!vnish);
  }

  @Test
  void leavesHttpOnTheApiPortAlone() {
    assertThat(driver.recognizes(new Fingerprint(null, null, true))).isFalse();
  }
}
