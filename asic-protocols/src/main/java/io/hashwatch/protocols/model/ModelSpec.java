package io.hashwatch.protocols.model;

import java.util.Objects;

/**
 * The factory figures of one miner model.
 *
 * @param make {@code Bitmain}, {@code MicroBT}, {@code Canaan}...
 * @param model the model name as miners report it, without the make ({@code S19 Pro}, {@code M30S++
 *     VH40}, {@code 1246})
 * @param nominalHashrateHs the hashrate the maker states for the model's default setting; null
 *     where the maker rates the model only as a range of hashrate bins (most Whatsminers since the
 *     M30S), whose miners report their own bin ({@code Factory GHS})
 */
public record ModelSpec(
    String make,
    String model,
    String algorithm,
    int boards,
    int chipsPerBoard,
    int fans,
    Double nominalHashrateHs) {

  public ModelSpec {
    Objects.requireNonNull(make, "make");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(algorithm, "algorithm");
    if (boards <= 0
        || chipsPerBoard <= 0
        || fans < 0
        || (nominalHashrateHs != null && !(nominalHashrateHs > 0))) {
      throw new IllegalArgumentException("impossible figures for " + make + " " + model);
    }
  }
}
