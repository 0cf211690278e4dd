package io.hashwatch.commander.overview;

/**
 * The summed hashrate of the online devices that mine one algorithm.
 *
 * @param algorithm as the devices report it ({@code SHA256}, {@code RandomX}...); empty when they
 *     do not say
 * @param hashrateHs the sum, or {@code null} when none of them gave a hashrate
 * @param devices how many online devices mine it (asics and miner programs)
 */
public record AlgorithmTotal(String algorithm, Double hashrateHs, int devices) {}
