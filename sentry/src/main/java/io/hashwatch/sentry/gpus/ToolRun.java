package io.hashwatch.sentry.gpus;

import java.time.Duration;

/** How one run of an {@link ExternalTool} ended. */
public sealed interface ToolRun {

  /** The tool ran and exited 0. */
  record Succeeded(String stdout, String stderr) implements ToolRun {}

  /** Every way a run can fail, each with its problem in words, naming the tool. */
  sealed interface Failure extends ToolRun {
    String problem();
  }

  /**
   * The tool is not there, or cannot be started.
   *
   * @param where {@code on PATH}, or the configured path with why it cannot run
   */
  record NotFound(String tool, String where) implements Failure {
    @Override
    public String problem() {
      return tool + " not found " + where;
    }
  }

  /** The tool exited with a code other than 0; its output is kept, it may still list GPUs. */
  record Exited(String tool, int code, String stdout, String stderr) implements Failure {
    private static final int MAX_LINE = 200;

    @Override
    public String problem() {
      String line = firstLine();
      return tool + " exited " + code + (line.isEmpty() ? "" : ": " + line);
    }

    /**
     * The first line that says something, from stderr, else from stdout (where nvidia-smi writes
     * its errors).
     */
    public String firstLine() {
      String line = firstLine(stderr);
      line = line.isEmpty() ? firstLine(stdout) : line;
      return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE - 3) + "...";
    }

    /** stdout and stderr together, for messages that either may hold. */
    public String output() {
      return stdout + "\n" + stderr;
    }

    private static String firstLine(String text) {
      return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }
  }

  /** The tool did not exit within its time; it and its children were killed. */
  record TimedOut(String tool, Duration limit) implements Failure {
    @Override
    public String problem() {
      return tool + " did not finish within " + limit.toMillis() + " ms and was killed";
    }
  }

  /**
   * An earlier run still hangs after it was killed (a process stuck in the kernel, as nvidia-smi is
   * when a GPU falls off the bus), so no second one is started beside it.
   */
  record StillHanging(String tool, long pid) implements Failure {
    @Override
    public String problem() {
      return tool
          + " from an earlier read still hangs (pid "
          + pid
          + ") after it was killed; not started again until it ends";
    }
  }

  /** The tool wrote more than the bound on one of its streams; it was killed. */
  record TooMuchOutput(String tool, int bound) implements Failure {
    @Override
    public String problem() {
      return tool + " wrote more than " + bound + " bytes on one stream and was killed";
    }
  }

  /** The sentry was interrupted (it is stopping) while the tool ran; the tool was killed. */
  record Interrupted(String tool) implements Failure {
    @Override
    public String problem() {
      return tool + " was stopped because the sentry is stopping";
    }
  }
}
