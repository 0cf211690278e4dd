package io.hashwatch.protocols.miner.whatsminer;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.cgminer.CgminerStatus;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.transport.DeviceConnectException;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.protocols.transport.DeviceTimeoutException;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers one poll's replies over the cgminer-style API (v1/v2): {@code summary}, {@code devs},
 * {@code pools} and {@code devdetails} in one joined request where the firmware allows it, and
 * {@code get_version} only when the summary lacks the firmware version (API 2.x summaries do). What
 * the miner showed of itself ({@link KnownMiner}) saves the requests it would refuse or answer as
 * before: a refused join, a refused optional command, {@code get_version} once its figures are
 * known. A fall of the miner's uptime (a restart, as a firmware update makes) has them asked again.
 */
final class ApiV2Poll {
  private static final List<String> COMMANDS = List.of("summary", "devs", "pools", "devdetails");
  private static final String VERSION = "get_version";

  /**
   * The commands whose refusal is remembered: a firmware knows them or not. A refused {@code pools}
   * ("no pools") or {@code devs} may change any minute, so those are always asked.
   */
  private static final Set<String> REMEMBERED = Set.of("devdetails", VERSION);

  /** The replies, and what the poll learnt of the miner for the next one. */
  record Outcome(ApiV2Replies replies, KnownMiner learnt) {}

  private final CgminerClient client;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, String> refused;
  private boolean lostContact;

  private ApiV2Poll(CgminerClient client, KnownMiner known) {
    this.client = client;
    this.refused = new HashMap<>(known.refused());
  }

  /**
   * @throws DeviceException when the miner cannot be asked or refuses the summary; a refused {@code
   *     devs}, {@code pools}, {@code devdetails} or {@code get_version} is a problem noted in the
   *     replies instead
   */
  static Outcome read(CgminerClient client, KnownMiner known) throws DeviceException {
    return new ApiV2Poll(client, known).read(known);
  }

  private Outcome read(KnownMiner known) throws DeviceException {
    boolean triesJoin = !known.refusesJoins();
    Map<String, JsonObject> joined = triesJoin ? client.joined(COMMANDS) : Map.of();
    JsonObject summary = joined.isEmpty() ? client.reply("summary") : joined.get("summary");
    CgminerStatus.check(summary);
    JsonObject section = ReplyFields.first(summary, "SUMMARY");
    Long uptime = Figures.count(section, "Elapsed");
    boolean restarted = known.uptimeS() != null && uptime != null && uptime < known.uptimeS();
    if (restarted) {
      refused.clear();
    }
    JsonObject devs = member(joined, "devs");
    JsonObject pools = member(joined, "pools");
    JsonObject devdetails = member(joined, "devdetails");
    JsonObject version = null;
    if (Figures.text(section, "Firmware Version") == null) {
      version = restarted || known.version() == null ? optional(VERSION) : known.version();
    }
    ApiV2Replies replies = new ApiV2Replies(summary, devs, pools, devdetails, version, problems);
    KnownMiner learnt =
        lostContact
            ? KnownMiner.NOTHING
            : new KnownMiner(
                false,
                triesJoin ? joined.isEmpty() : !restarted,
                refused,
                version == null ? null : KnownMiner.versionFigures(version),
                uptime);
    return new Outcome(replies, learnt);
  }

  /** The member of the joined reply, or the command asked alone when the miner does not join. */
  private JsonObject member(Map<String, JsonObject> joined, String command) {
    if (joined.isEmpty()) {
      return optional(command);
    }
    JsonObject reply = joined.get(command);
    try {
      CgminerStatus.check(reply);
      return reply;
    } catch (DeviceException e) {
      problems.add(command + ": " + e.getMessage());
      return null;
    }
  }

  /**
   * A command asked alone, unless the miner is known to refuse it; null when it is not answered.
   */
  private JsonObject optional(String command) {
    String refusal = refused.get(command);
    if (refusal != null) {
      problems.add(command + ": " + refusal);
      return null;
    }
    try {
      JsonObject reply =
          command.equals(VERSION)
              ? CgminerClient.parse(client.send("{\"cmd\":\"get_version\"}"))
              : client.reply(command);
      CgminerStatus.check(reply);
      return reply;
    } catch (DeviceResponseException e) {
      String why = Figures.clip(e.getMessage());
      if (REMEMBERED.contains(command)) {
        refused.put(command, why);
      }
      problems.add(command + ": " + why);
    } catch (DeviceConnectException | DeviceTimeoutException e) {
      lostContact = true;
      problems.add(command + ": " + e.getMessage());
    } catch (DeviceException e) {
      problems.add(command + ": " + e.getMessage());
    }
    return null;
  }
}
