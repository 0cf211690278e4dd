package io.hashwatch.protocols.miner.antminer;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * What one poll of a stock Antminer got over the cgminer API.
 *
 * @param summary the {@code summary} reply, or null when refused or not asked
 * @param pools the {@code pools} reply, or null
 * @param stats the {@code stats} reply, or null
 * @param errors what could not be read, in words (a refused command)
 */
public record StockReplies(
    JsonObject summary, JsonObject pools, JsonObject stats, List<String> errors) {

  public StockReplies {
    errors = List.copyOf(errors);
  }
}
