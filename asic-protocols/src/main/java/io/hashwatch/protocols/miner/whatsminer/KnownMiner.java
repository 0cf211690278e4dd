package io.hashwatch.protocols.miner.whatsminer;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.reading.Figures;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/**
 * What the polls so far learnt of one Whatsminer, so that the next poll asks only what it answers:
 * whether only API v3 answers, whether the v1/v2 API refuses joined commands, which optional
 * commands it refuses (with the reason, so that each reading still says so), its {@code
 * get_version} figures (they change only with a firmware update, which restarts the miner) and its
 * uptime, whose fall shows that restart.
 *
 * @param apiV3Only the v1/v2 API refused or was closed and API v3 answered
 * @param refusesJoins the v1/v2 API answered a joined command without its members
 * @param refused optional commands the miner refused, by name, with the words of the refusal
 * @param version the {@code get_version} figures a reading uses, or null when not asked yet
 * @param uptimeS the summary's {@code Elapsed} at the last poll, or null
 */
record KnownMiner(
    boolean apiV3Only,
    boolean refusesJoins,
    Map<String, String> refused,
    JsonObject version,
    Long uptimeS) {

  /** A miner not polled yet, or forgotten: everything is asked. */
  static final KnownMiner NOTHING = new KnownMiner(false, false, Map.of(), null, null);

  static final KnownMiner API_V3_ONLY = new KnownMiner(true, false, Map.of(), null, null);

  /**
   * The figures of a {@code get_version} reply a reading uses ({@code fw_ver}, {@code miner_type}).
   */
  private static final List<String> VERSION_FIGURES = List.of("fw_ver", "miner_type");

  KnownMiner {
    refused = Map.copyOf(refused);
  }

  /**
   * The {@code Msg} figures of a {@code get_version} reply that a reading uses, cut to the
   * reading's bound, so that a remembered reply holds a few short texts whatever the miner sent.
   */
  static JsonObject versionFigures(JsonObject reply) {
    JsonObject msg = ReplyFields.object(reply, "Msg");
    JsonObjectBuilder kept = CachedJsonProvider.INSTANCE.createObjectBuilder();
    for (String figure : VERSION_FIGURES) {
      String text = Figures.text(msg, figure);
      if (text != null) {
        kept.add(figure, text);
      }
    }
    return CachedJsonProvider.INSTANCE.createObjectBuilder().add("Msg", kept).build();
  }
}
