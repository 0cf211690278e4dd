package io.hashwatch.protocols.miner.avalon;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.model.ModelCatalog;
import io.hashwatch.protocols.model.ModelSpec;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which Avalon this is. The {@code version} reply names it ({@code PROD} "AvalonMiner 1246-83",
 * {@code MODEL} "1246-83", "Avalon Q" / "Q"; the part after the dash is the hashrate grade). Older
 * firmware leaves these out; the MM string's {@code Ver} then starts with the model: {@code
 * 1047-20051101_...}, or on the 7xx/8xx series the model and a date, {@code 7411706-...} for a 741.
 *
 * @param name the model as the miner names it, or null
 * @param firmwareVersion the firmware build, or null
 * @param spec the catalog entry of the model, when the catalog knows it
 */
record AvalonModel(String name, String firmwareVersion, Optional<ModelSpec> spec) {
  static final String MAKE = "Canaan";

  static AvalonModel of(JsonObject version, AvalonStats stats) {
    String code = moduleCode(stats);
    String product = LenientFields.text(version, "PROD");
    String name = product != null ? product : code == null ? null : "AvalonMiner " + code;
    String firmware = LenientFields.text(version, "VERSION", "CGVERSION", "LVERSION");
    if (firmware == null && !stats.modules().isEmpty()) {
      firmware = stats.modules().get(0).text("Ver");
    }
    return new AvalonModel(name, firmware, spec(version, product, code));
  }

  private static Optional<ModelSpec> spec(JsonObject version, String product, String code) {
    List<String> candidates = new ArrayList<>();
    String model = LenientFields.text(version, "MODEL");
    if (model != null) {
      candidates.add(model);
      candidates.add(model.split("-", 2)[0]);
    }
    if (product != null) {
      candidates.add(product);
    }
    if (code != null) {
      candidates.add(code);
    }
    return candidates.stream()
        .map(candidate -> ModelCatalog.standard().find(MAKE, candidate))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static String moduleCode(AvalonStats stats) {
    if (stats.modules().isEmpty() || stats.modules().get(0).text("Ver") == null) {
      return null;
    }
    String code = stats.modules().get(0).text("Ver").split("-", 2)[0];
    return code.length() == 7 && code.chars().allMatch(Character::isDigit)
        ? code.substring(0, 3)
        : code;
  }
}
