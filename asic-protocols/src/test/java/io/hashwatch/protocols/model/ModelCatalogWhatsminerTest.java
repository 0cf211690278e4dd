package io.hashwatch.protocols.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.json.CachedJsonProvider;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The M30S, M50 and M60 families, found by the names their firmware reports. */
class ModelCatalogWhatsminerTest {
  private static final ModelCatalog CATALOG = ModelCatalog.standard();

  private static ModelSpec find(String model) {
    return CATALOG.find("MicroBT", model).orElseThrow(() -> new AssertionError(model));
  }

  private static JsonObject fixture(String path) throws IOException {
    try (InputStream in =
            ModelCatalogWhatsminerTest.class.getResourceAsStream("/fixtures/" + path);
        JsonReader reader = CachedJsonProvider.INSTANCE.createReader(in)) {
      return reader.readObject();
    }
  }

  @Test
  void theRecordedM60sIsFoundByItsType() throws IOException {
    JsonObject miner =
        fixture("whatsminer-btminer-apiv3/get_device_info.json")
            .getJsonObject("msg")
            .getJsonObject("miner");
    ModelSpec m60s = find(miner.getString("type")); // "M60S_VK40"

    assertThat(m60s.model()).isEqualTo("M60S VK40");
    assertThat(m60s.boards()).isEqualTo(Integer.parseInt(miner.getString("board-num")));
    assertThat(m60s.chipsPerBoard()).isEqualTo(225);
    assertThat(m60s.fans()).isEqualTo(2);
    // MicroBT rates the M60S 170 to 186 TH/s by bin; the miner's factory-hash says which.
    assertThat(m60s.nominalHashrateHs()).isNull();
  }

  @Test
  void theM50FamilyIsFoundByItsHashBoardVersion() {
    ModelSpec plus = find("M50S+VK30");
    assertThat(plus.model()).isEqualTo("M50S+ VK30");
    assertThat(plus.boards()).isEqualTo(3);
    assertThat(plus.chipsPerBoard()).isEqualTo(123);
    assertThat(plus.fans()).isEqualTo(2);

    assertThat(find("M50S++_VK30").chipsPerBoard()).isEqualTo(156);
    assertThat(find("WhatsMiner M50S_VH20").chipsPerBoard()).isEqualTo(135);
    ModelSpec fourBoards = find("M50_VE30");
    assertThat(fourBoards.boards()).isEqualTo(4);
    assertThat(fourBoards.chipsPerBoard()).isEqualTo(255);
  }

  @Test
  void hydroModelsHaveNoFans() {
    ModelSpec m53 = find("M53S++_VK10");
    assertThat(m53.boards()).isEqualTo(4);
    assertThat(m53.chipsPerBoard()).isEqualTo(198);
    assertThat(m53.fans()).isZero();

    ModelSpec m63 = find("M63S+_VK30");
    assertThat(m63.boards()).isEqualTo(4);
    assertThat(m63.chipsPerBoard()).isEqualTo(456);
    assertThat(m63.fans()).isZero();

    // Older pyasic said 4 boards of 96 chips; current pyasic and asic-rs say 3 of 384.
    ModelSpec m66 = find("WhatsMiner M66S_VK30");
    assertThat(m66.boards()).isEqualTo(3);
    assertThat(m66.chipsPerBoard()).isEqualTo(384);
    assertThat(find("M56S++_VK10").fans()).isZero();
  }

  @Test
  void theM60FamilyKeepsItsFourBoardVersions() {
    assertThat(find("M60S+_VK40").boards()).isEqualTo(4);
    assertThat(find("M60S+_VK30").boards()).isEqualTo(3);
    assertThat(find("M60S++_VL70").chipsPerBoard()).isEqualTo(294);
    assertThat(find("M60_VK30").chipsPerBoard()).isEqualTo(215);
  }

  @Test
  void theM30sIsFoundWithoutANominalHashrate() {
    ModelSpec ve10 = find("M30S_VE10");
    assertThat(ve10.model()).isEqualTo("M30S VE10");
    assertThat(ve10.boards()).isEqualTo(3);
    assertThat(ve10.chipsPerBoard()).isEqualTo(105);
    assertThat(ve10.nominalHashrateHs()).isNull(); // sold in bins of 86 to 92 TH/s
    assertThat(find("M30S V10").chipsPerBoard()).isEqualTo(148);
    // The M30S, M30S+ and M30S++ are three models: one version name, three chip counts.
    assertThat(find("M30S_VE40").chipsPerBoard()).isEqualTo(123);
    assertThat(find("M30S+_VE40").chipsPerBoard()).isEqualTo(156);
    assertThat(find("M30S++_VE40").chipsPerBoard()).isEqualTo(225);
  }

  @Test
  void versionsNoSourceGivesChipsForAreAbsent() {
    assertThat(CATALOG.find("MicroBT", "M30S_VH30")).isEmpty();
    assertThat(CATALOG.find("MicroBT", "M50S_VH10")).isEmpty();
    assertThat(CATALOG.find("MicroBT", "M60S")).isEmpty();
  }
}
