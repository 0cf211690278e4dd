package io.hashwatch.sentry.simulate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One firmware the simulator can play: the recorded reply to each cgminer command it knows, and
 * whether it takes joined commands ({@code summary+pools}).
 */
enum SimulatedFirmware {
  STOCK("stock", true, "version", "summary", "pools", "stats", "devs"),
  BRAIINS("braiins", true, "version", "summary", "pools", "fans", "temps", "devs"),
  AVALON("avalon", true, "version", "summary", "pools", "stats", "devs", "devdetails"),
  LUXOS(
      "luxos", true, "version", "summary", "pools", "stats", "devs", "fans", "temps", "power",
      "config"),
  VNISH("vnish", true, "version", "summary", "pools", "stats", "devdetails"),
  // btminer answers the cgminer "version" command with its get_version reply.
  WHATSMINER(
      "whatsminer",
      false,
      "version",
      "summary",
      "pools",
      "devs",
      "get_version",
      "get_psu",
      "get_miner_info");

  private static final String INVALID_COMMAND =
      "{\"STATUS\":[{\"STATUS\":\"E\",\"When\":0,\"Code\":14,\"Msg\":\"Invalid command\","
          + "\"Description\":\"cgminer\"}],\"id\":1}";

  private final String folder;
  private final boolean joins;
  private static final Drift.Template REFUSAL = Drift.compile(INVALID_COMMAND);

  private final Map<String, Drift.Template> replies = new HashMap<>();

  SimulatedFirmware(String folder, boolean joins, String... commands) {
    this.folder = folder;
    this.joins = joins;
    for (String command : commands) {
      replies.put(command, Drift.compile(load(folder, command)));
    }
  }

  String folder() {
    return folder;
  }

  boolean joins() {
    return joins;
  }

  List<String> commands() {
    return List.copyOf(replies.keySet());
  }

  /** The recorded reply to {@code command}, or cgminer's "Invalid command" error. */
  Drift.Template reply(String command) {
    return replies.getOrDefault(command, REFUSAL);
  }

  boolean knows(String command) {
    return replies.containsKey(command);
  }

  private static String load(String folder, String command) {
    String resource = folder + "/" + command + ".json";
    try (InputStream in = SimulatedFirmware.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the simulator's reply " + resource + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the simulator's reply " + resource, e);
    }
  }
}
