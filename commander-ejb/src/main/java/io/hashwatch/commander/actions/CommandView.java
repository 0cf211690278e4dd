package io.hashwatch.commander.actions;

import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.report.CommandAction;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One command as the API shows it. A pending command whose expiry has passed is shown as {@link
 * CommandStatus#EXPIRED}, finished at its expiry, even before ingest has written that down: from
 * then on no result is accepted for it, so the view never changes again.
 *
 * @param pools the pools of a set-pools command, with their passwords: never show those
 * @param sent when it was first handed to the sentry, or {@code null}
 * @param finished when it ended, or {@code null} while pending
 * @param detail what the sentry said of its result, or {@code null}
 */
public record CommandView(
    long id,
    long deviceId,
    long sentryId,
    String address,
    CommandAction action,
    List<MinerAction.PoolSetting> pools,
    CommandStatus status,
    String createdBy,
    OffsetDateTime created,
    OffsetDateTime sent,
    OffsetDateTime finished,
    OffsetDateTime expires,
    String detail) {

  public CommandView {
    pools = List.copyOf(pools);
  }

  /** This view as it stands at {@code now}. */
  CommandView at(OffsetDateTime now) {
    if (!status.isPending() || expires.isAfter(now)) {
      return this;
    }
    return new CommandView(
        id,
        deviceId,
        sentryId,
        address,
        action,
        pools,
        CommandStatus.EXPIRED,
        createdBy,
        created,
        sent,
        expires,
        expires,
        detail);
  }
}
