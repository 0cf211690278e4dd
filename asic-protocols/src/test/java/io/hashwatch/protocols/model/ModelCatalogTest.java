package io.hashwatch.protocols.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ModelCatalogTest {
  private static final ModelCatalog CATALOG = ModelCatalog.standard();

  /** The data lines of each model file, read apart from the catalog. */
  private static Map<String, List<String>> rowsByFile() throws IOException {
    Map<String, List<String>> rows = new TreeMap<>();
    for (String file : ModelCatalog.FILES) {
      try (InputStream in = ModelCatalog.class.getResourceAsStream(file)) {
        assertThat(in).as(file).isNotNull();
        rows.put(
            file,
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList());
      }
    }
    return rows;
  }

  private static ModelSpec find(String make, String model) {
    return CATALOG.find(make, model).orElseThrow(() -> new AssertionError(make + " " + model));
  }

  @Test
  void everyFileLoadsAndNoTwoRowsShareAKey() throws IOException {
    Map<String, List<String>> rows = rowsByFile();
    assertThat(rows.get("bitmain.csv")).hasSizeGreaterThanOrEqualTo(12);
    assertThat(rows.get("microbt.csv")).hasSizeGreaterThanOrEqualTo(50);
    assertThat(rows.get("canaan.csv")).hasSizeGreaterThanOrEqualTo(3);
    int total = rows.values().stream().mapToInt(List::size).sum();
    assertThat(CATALOG.size()).isEqualTo(total);
  }

  @Test
  void everyRowIsPlausible() throws IOException {
    for (List<String> lines : rowsByFile().values()) {
      for (String line : lines) {
        String[] cells = line.split(",");
        ModelSpec spec = find(cells[0], cells[1]);
        assertThat(spec.algorithm()).as(line).isEqualTo("SHA256");
        assertThat(spec.boards()).as(line).isBetween(2, 4);
        assertThat(spec.chipsPerBoard()).as(line).isBetween(50, 460);
        assertThat(spec.fans()).as(line).isIn(0, 2, 4);
        // Hydro and immersion models run on water: no fans of their own.
        assertThat(spec.fans() == 0)
            .as(line)
            .isEqualTo(cells[1].matches("(S.* Hydro|M5[36].*|M6[36].*)"));
        if (spec.nominalHashrateHs() != null) {
          assertThat(spec.nominalHashrateHs()).as(line).isBetween(70e12, 300e12);
        }
      }
    }
  }

  @Test
  void antminersAreFoundByTheTypeTheyReport() {
    ModelSpec s19Pro = find("Bitmain", "Antminer S19 Pro");
    assertThat(s19Pro.model()).isEqualTo("S19 Pro");
    assertThat(s19Pro.boards()).isEqualTo(3);
    assertThat(s19Pro.chipsPerBoard()).isEqualTo(114); // chain_acn1..3 of the recorded stats
    assertThat(s19Pro.fans()).isEqualTo(4);
    assertThat(s19Pro.nominalHashrateHs()).isEqualTo(110e12);

    assertThat(find("Bitmain", "S19j Pro").chipsPerBoard()).isEqualTo(126);
    assertThat(find("Bitmain", "Antminer S19k Pro").chipsPerBoard()).isEqualTo(77);
    assertThat(find("bitmain", "ANTMINER S21 PRO").chipsPerBoard()).isEqualTo(65);
    assertThat(find("Bitmain", "AntMiner S19 XP").nominalHashrateHs()).isEqualTo(140e12);
    assertThat(find("Bitmain", "Antminer S21+").model()).isEqualTo("S21+");
    assertThat(find("Bitmain", "Antminer S21").model()).isEqualTo("S21");
  }

  @Test
  void hydroModelsAreFoundByTheirShortName() {
    ModelSpec hydro = find("Bitmain", "Antminer S19 Pro+ Hyd.");
    assertThat(hydro.model()).isEqualTo("S19 Pro+ Hydro");
    assertThat(hydro.fans()).isZero();
    assertThat(hydro.boards()).isEqualTo(4);
    assertThat(find("Bitmain", "Antminer S19 Hydro").chipsPerBoard()).isEqualTo(104);

    ModelSpec air = find("Bitmain", "Antminer S19 Pro+");
    assertThat(air.model()).isEqualTo("S19 Pro+");
    assertThat(air.chipsPerBoard()).isEqualTo(120);
    assertThat(air.fans()).isEqualTo(4);
  }

  @Test
  void aHydroWithoutASingleRatingHasNoNominalHashrate() {
    ModelSpec xpHydro = find("Bitmain", "Antminer S19 XP Hyd.");
    assertThat(xpHydro.model()).isEqualTo("S19 XP Hydro");
    assertThat(xpHydro.boards()).isEqualTo(3);
    assertThat(xpHydro.chipsPerBoard()).isEqualTo(204);
    assertThat(xpHydro.fans()).isZero();
    assertThat(xpHydro.nominalHashrateHs()).isNull(); // rated 255 or 257 TH/s: the miner says which
    assertThat(find("Bitmain", "Antminer S19 Pro Hyd.").boards()).isEqualTo(4);
    // The boards of the S21 Hydro are disputed (2 or 3), so it is not guessed.
    assertThat(CATALOG.find("Bitmain", "Antminer S21 Hyd.")).isEmpty();
  }

  @Test
  void whatsminersAreFoundWithTheirHashBoardVersion() {
    ModelSpec vh40 = find("MicroBT", "WhatsMiner M30S++_VH40");
    assertThat(vh40.model()).isEqualTo("M30S++ VH40");
    assertThat(vh40.chipsPerBoard()).isEqualTo(70);
    assertThat(vh40.boards()).isEqualTo(3);
    assertThat(vh40.fans()).isEqualTo(2);
    assertThat(vh40.nominalHashrateHs()).isEqualTo(112e12);

    assertThat(find("MicroBT", "M30S++V20").boards()).isEqualTo(4);
    assertThat(find("MicroBT", "M30S++ V20").chipsPerBoard()).isEqualTo(255);
    assertThat(find("MicroBT", "M30S+VF20").chipsPerBoard()).isEqualTo(111);
    assertThat(find("MicroBT", "WhatsMiner M31S+_V10").chipsPerBoard()).isEqualTo(105);
    assertThat(find("MicroBT", "M31S V10").model()).isEqualTo("M31S V10");
  }

  @Test
  void aWhatsminerWithoutItsVersionIsNotGuessed() {
    // The version decides the chips per board (M30S++: 70 to 255), so the bare model finds nothing.
    assertThat(CATALOG.find("MicroBT", "WhatsMiner M30S++")).isEmpty();
    assertThat(CATALOG.find("MicroBT", "M30S++_VZ99")).isEmpty();
  }

  @Test
  void avalonsAreFoundByTheirNumber() {
    ModelSpec a1246 = find("Canaan", "AvalonMiner 1246");
    assertThat(a1246.boards()).isEqualTo(3);
    assertThat(a1246.chipsPerBoard()).isEqualTo(120); // PVT_T0..2 of the recorded 1246 stats
    assertThat(a1246.fans()).isEqualTo(4);
    assertThat(a1246.nominalHashrateHs()).isEqualTo(90e12);
    assertThat(find("Canaan", "Avalon1566").chipsPerBoard()).isEqualTo(160);
    assertThat(find("Canaan", "1466").fans()).isEqualTo(2);
  }

  @Test
  void aSpecRefusesAZeroHashrateButTakesNone() {
    assertThatThrownBy(() -> new ModelSpec("MicroBT", "M60S VK40", "SHA256", 3, 225, 2, 0.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new ModelSpec("MicroBT", "M60S VK40", "SHA256", 3, 225, 2, null).nominalHashrateHs())
        .isNull();
  }

  @Test
  void unknownModelsAndMakesAreAbsent() {
    assertThat(CATALOG.find("Bitmain", "Antminer S9")).isEmpty();
    assertThat(CATALOG.find("Canaan", "AvalonMiner 1346")).isEmpty(); // no source gives its chips
    assertThat(CATALOG.find("MicroBT", "Antminer S19 Pro")).isEmpty();
    assertThat(CATALOG.find(null, "S19 Pro")).isEmpty();
    assertThat(CATALOG.find("Bitmain", null)).isEmpty();
  }
}
