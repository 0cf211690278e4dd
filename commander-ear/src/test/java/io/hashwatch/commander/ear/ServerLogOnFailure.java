package io.hashwatch.commander.ear;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/** Puts the end of the server's log into the message of any failure: the cause is usually there. */
final class ServerLogOnFailure
    implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {
  private final Supplier<String> serverLog;

  ServerLogOnFailure(Supplier<String> serverLog) {
    this.serverLog = serverLog;
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) {
    throw withServerLog(failure);
  }

  @Override
  public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure) {
    throw withServerLog(failure);
  }

  private AssertionError withServerLog(Throwable failure) {
    return new AssertionError(
        failure + "\n----- last lines of server.log -----\n" + serverLog.get(), failure);
  }
}
