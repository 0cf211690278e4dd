package io.hashwatch.commander.overview;

import java.util.List;

/**
 * The farm's figures now, over its online devices.
 *
 * @param hashrates per algorithm, the most devices first
 * @param powerW what the asics and rigs draw, or {@code null} when none says
 * @param efficiencyJth joules per terahash of the SHA-256 asics that give both hashrate and power,
 *     or {@code null} when there are none
 */
public record FarmFigures(List<AlgorithmTotal> hashrates, Double powerW, Double efficiencyJth) {

  public FarmFigures {
    hashrates = List.copyOf(hashrates);
  }
}
