package io.hashwatch.commander.actions;

import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.report.CommandAction;
import io.hashwatch.protocols.report.SentryCommand;
import java.util.List;
import java.util.Objects;

/**
 * A command an operator asks for.
 *
 * @param pools the pools for {@link CommandAction#SET_POOLS} (1 to 3), empty for every other action
 * @param createdBy the name of the user who asked
 */
public record NewCommand(
    long deviceId, CommandAction action, List<MinerAction.PoolSetting> pools, String createdBy) {

  public NewCommand {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(createdBy, "createdBy");
    pools = List.copyOf(pools);
    boolean setPools = action == CommandAction.SET_POOLS;
    if (setPools && (pools.isEmpty() || pools.size() > SentryCommand.MAX_POOLS)) {
      throw new IllegalArgumentException(
          "set-pools needs 1 to " + SentryCommand.MAX_POOLS + " pools");
    }
    if (!setPools && !pools.isEmpty()) {
      throw new IllegalArgumentException("only set-pools takes pools");
    }
  }
}
