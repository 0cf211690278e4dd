package io.hashwatch.protocols.miner.antminer;

import io.hashwatch.protocols.cgminer.CgminerStatus;
import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.Fingerprint;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.miner.MinerDriver;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.miner.PollGuard;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.transport.DeviceResponseException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Bitmain's own firmware on Antminers. It claims a miner whose {@code version} names an Antminer
 * model in {@code Type}: bmminer and cgminer builds from the S9 to the 2023+ S19/S21 ones that
 * describe themselves as "cgminer 1.0.0", and the S9-era derivatives that kept Bitmain's API and
 * web CGI (Hiveon, asicseer). It leaves to their own drivers the firmware that names itself
 * (BOSminer and BOSer, LUXminer, VNish, Whatsminer, Avalon) and a miner that refuses {@code
 * version}: stock firmware always answers it, VNish does not. MSKMiner is not claimed either: its
 * {@code Type} ("S19-88 v.2.6.0.39") names no Antminer model, its boards do not match the model
 * data, and its web API is its own, so the figures would be labelled wrong and the actions would go
 * to pages it may not serve.
 */
public final class AntminerDriver implements MinerDriver {
  public static final String FIRMWARE = "stock";
  static final List<String> COMMANDS = List.of("summary", "pools", "stats");
  private static final Pattern OTHER_FIRMWARE =
      Pattern.compile(
          "bosminer|boser|braiins|bos_|luxminer|vnish|whatsminer|btminer|avalon|mskminer");

  @Override
  public String firmware() {
    return FIRMWARE;
  }

  @Override
  public boolean recognizes(Fingerprint fingerprint) {
    if (fingerprint.httpOnApiPort() || fingerprint.version() == null) {
      return false;
    }
    if (OTHER_FIRMWARE.matcher(fingerprint.versionText()).find()) {
      return false;
    }
    String type = LenientFields.text(versionEntry(fingerprint.version()), "Type");
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("antminer ");
  }

  @Override
  public PollResult poll(MinerTarget target) {
    return PollGuard.run(target, () -> read(target.cgminer().commands(COMMANDS)));
  }

  private static PollResult read(Map<String, JsonObject> replies) {
    List<String> errors = new ArrayList<>();
    JsonObject summary = accepted(replies, "summary", errors);
    JsonObject pools = accepted(replies, "pools", errors);
    JsonObject stats = accepted(replies, "stats", errors);
    if (summary == null && pools == null && stats == null) {
      return new Rejected(errors);
    }
    return StockReading.parse(new StockReplies(summary, pools, stats, errors), FIRMWARE);
  }

  @Override
  public ActionResult perform(MinerTarget target, MinerAction action) {
    return new StockActions(new AntminerWeb(target)).perform(action);
  }

  /** The reply of {@code command} if the miner did not refuse it; else null and why, in words. */
  private static JsonObject accepted(
      Map<String, JsonObject> replies, String command, List<String> errors) {
    JsonObject reply = replies.get(command);
    if (reply == null) {
      errors.add(command + ": the miner sent no reply");
      return null;
    }
    try {
      CgminerStatus.check(reply);
      return reply;
    } catch (DeviceResponseException e) {
      errors.add(command + ": " + e.getMessage());
      return null;
    }
  }

  private static JsonObject versionEntry(JsonObject version) {
    return version.get("VERSION") instanceof JsonArray entries
            && !entries.isEmpty()
            && entries.get(0) instanceof JsonObject entry
        ? entry
        : null;
  }

  static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
