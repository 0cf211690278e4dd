package io.hashwatch.commander.telemetry;

import jakarta.ejb.ApplicationException;

/** A report named a sentry that is not registered. Nothing was written. */
@ApplicationException(rollback = true)
public class UnknownSentryException extends RuntimeException {

  public UnknownSentryException(long sentryId) {
    super("no sentry with id " + sentryId);
  }
}
