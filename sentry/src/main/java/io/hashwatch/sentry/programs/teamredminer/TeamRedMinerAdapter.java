package io.hashwatch.sentry.programs.teamredminer;

import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.sentry.programs.GuardedPoll;
import io.hashwatch.sentry.programs.ProgramAdapter;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import io.hashwatch.sentry.programs.ProgramSocket;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * TeamRedMiner through its cgminer-style API: {@code devs} first (its STATUS names the program),
 * then {@code pools} and {@code summary}, each its own request since joined commands are not known
 * to work on it. It has no actions here: its API offers none but {@code quit}.
 */
public final class TeamRedMinerAdapter implements ProgramAdapter {
  public static final String TYPE = "teamredminer";

  @Override
  public String type() {
    return TYPE;
  }

  /** {@code --api_listen} without a port listens on 127.0.0.1:4028 (TeamRedMiner USAGE.txt). */
  @Override
  public List<Integer> defaultPorts() {
    return List.of(4028);
  }

  @Override
  public String scheme() {
    return "tcp";
  }

  @Override
  public PollResult poll(ProgramEndpoint endpoint, Duration timeout) {
    return GuardedPoll.run(
        endpoint,
        () -> {
          ProgramSocket socket = new ProgramSocket(endpoint, timeout);
          JsonObject devs = socket.json("devs");
          PollResult refusal = TeamRedMinerReading.refusal(devs);
          if (refusal != null) {
            return refusal; // another program, or nothing to read: ask no more
          }
          List<String> errors = new ArrayList<>();
          JsonObject pools = secondary(socket, "pools", errors);
          JsonObject summary = secondary(socket, "summary", errors);
          return TeamRedMinerReading.of(devs, pools, summary, errors);
        });
  }

  /** A reply that the reading can do without: its failure becomes one of the reading's errors. */
  private static JsonObject secondary(ProgramSocket socket, String command, List<String> errors) {
    try {
      return socket.json(command);
    } catch (DeviceException e) {
      errors.add(command + ": " + e.getMessage());
      return null;
    }
  }
}
