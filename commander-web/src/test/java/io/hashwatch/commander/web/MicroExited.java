package io.hashwatch.commander.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Ends a test class only when its Payara Micro has exited. Arquillian's connector stops a class's
 * Micro with SIGTERM and returns at once; every class's Micro opens the same embedded H2 file, and
 * a Micro that starts while the previous one still holds that file fails to deploy the WAR yet
 * serves on, answering 404 to everything (a CI run saw a whole class fail so).
 */
final class MicroExited implements AfterAllCallback {
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final System.Logger LOG = System.getLogger(MicroExited.class.getName());

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    List<ProcessHandle> micros =
        ProcessHandle.current().descendants().filter(MicroExited::isPayaraMicro).toList();
    for (ProcessHandle micro : micros) {
      long waitedFrom = System.nanoTime();
      try {
        micro.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        LOG.log(
            System.Logger.Level.INFO,
            "Payara Micro (pid {0}) exited {1} ms after the test class ended",
            String.valueOf(micro.pid()),
            Duration.ofNanos(System.nanoTime() - waitedFrom).toMillis());
      } catch (TimeoutException stillRunning) {
        micro.destroyForcibly();
        micro.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        throw new AssertionError(
            "Payara Micro (pid "
                + micro.pid()
                + ") was still running "
                + PATIENCE.toSeconds()
                + " s after it was told to stop; it was killed");
      }
    }
  }

  private static boolean isPayaraMicro(ProcessHandle process) {
    return process.info().commandLine().map(line -> line.contains("payara-micro")).orElse(false);
  }
}
