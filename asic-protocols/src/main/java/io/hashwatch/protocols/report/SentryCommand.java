package io.hashwatch.protocols.report;

import io.hashwatch.protocols.miner.MinerAction;
import java.util.List;
import java.util.Objects;

/**
 * A command the commander hands a sentry in its answer to a batch.
 *
 * @param id the commander's id of the command; the sentry reports its result under this id
 * @param address the device as the sentry reports it ({@link ReportEntry#address()})
 * @param pools the pools for {@link CommandAction#SET_POOLS}, empty for every other action
 */
public record SentryCommand(
    long id, String address, CommandAction action, List<MinerAction.PoolSetting> pools) {
  public static final int MAX_POOLS = 3;

  public SentryCommand {
    if (id <= 0) {
      throw new IllegalArgumentException("id must be > 0");
    }
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(action, "action");
    pools = List.copyOf(pools);
    if (action == CommandAction.SET_POOLS && (pools.isEmpty() || pools.size() > MAX_POOLS)) {
      throw new IllegalArgumentException("set-pools needs 1 to " + MAX_POOLS + " pools");
    }
    if (action != CommandAction.SET_POOLS && !pools.isEmpty()) {
      throw new IllegalArgumentException("only set-pools takes pools");
    }
  }

  /**
   * The miner action this command asks for.
   *
   * @throws IllegalStateException for a power action, which goes to a relay
   */
  public MinerAction minerAction() {
    return switch (action) {
      case RESTART -> new MinerAction.RestartMining();
      case REBOOT -> new MinerAction.Reboot();
      case SLEEP -> new MinerAction.Sleep();
      case WAKE -> new MinerAction.Wake();
      case SET_POOLS -> new MinerAction.SetPools(pools);
      case POWER_OFF, POWER_ON, POWER_CYCLE ->
          throw new IllegalStateException(action.wire() + " is a relay action");
    };
  }
}
