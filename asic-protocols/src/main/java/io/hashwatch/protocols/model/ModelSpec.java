package io.hashwatch.protocols.model;

import java.util.Objects;

/**
 * The factory figures of one miner model.
 *
 * @param make {@code Bitmain}, {@code MicroBT}, {@code Canaan}...
 * @param model the model name as miners report it, without the make ({@code S19 Pro}, {@code
 *     M30S++}, {@code 1246})
 * @param nominalHashrateHs the hashrate the maker states for the model's default setting
 */
public record ModelSpec(
    String make,
    String model,
    String algorithm,
    int boards,
    int chipsPerBoard,
    int fans,
    double nominalHashrateHs) {

  public ModelSpec {
    Objects.requireNonNull(make, "make");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(algorithm, "algorithm");
    if (boards <= 0 || chipsPerBoard <= 0 || fans < 0 || nominalHashrateHs <= 0) {
      throw new IllegalArgumentException("impossible figures for " + make + " " + model);
    }
  }
}
