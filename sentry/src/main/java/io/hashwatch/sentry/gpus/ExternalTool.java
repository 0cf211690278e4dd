package io.hashwatch.sentry.gpus;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A command-line tool the sentry runs for a figure ({@code nvidia-smi}, {@code rocm-smi}): started
 * without a shell, its arguments passed as they are, given a time limit after which it and its
 * children are killed, and its output read up to a bound. A run that still hangs after the kill
 * (stuck in the kernel) keeps a second one from starting, so a broken driver costs one process, not
 * one per read.
 */
public final class ExternalTool {
  public static final int DEFAULT_OUTPUT_BOUND = 4 * 1024 * 1024;

  /** How long a killed tool gets to die before it counts as hanging. */
  private static final Duration KILL_GRACE = Duration.ofMillis(500);

  // Both streams are read at once so that a tool filling one pipe cannot block on the other.
  private static final ExecutorService READERS =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "external-tool-output");
            thread.setDaemon(true);
            return thread;
          });

  private final String command;
  private final String name;
  private final Duration timeout;
  private final int outputBound;
  private final List<Path> searchPath;
  private Process hanging;

  /**
   * @param command an absolute or relative path (holding a {@code /}), or a name looked up on
   *     {@code PATH} at each run, so that a driver installed later is found
   */
  public ExternalTool(String command, Duration timeout, int outputBound) {
    this(command, timeout, outputBound, null);
  }

  public ExternalTool(String command, Duration timeout) {
    this(command, timeout, DEFAULT_OUTPUT_BOUND);
  }

  /** {@code searchPath} null: the {@code PATH} of the environment at each run. */
  ExternalTool(String command, Duration timeout, int outputBound, List<Path> searchPath) {
    this.command = Objects.requireNonNull(command, "command").strip();
    if (this.command.isEmpty()) {
      throw new IllegalArgumentException("a tool's command must not be empty");
    }
    if (timeout.isZero() || timeout.isNegative() || outputBound <= 0) {
      throw new IllegalArgumentException("a tool needs a positive timeout and output bound");
    }
    this.name = Path.of(this.command).getFileName().toString();
    this.timeout = timeout;
    this.outputBound = outputBound;
    this.searchPath = searchPath == null ? null : List.copyOf(searchPath);
  }

  /** The tool's file name, as problems name it. */
  public String name() {
    return name;
  }

  /** Where the tool is now: an executable file, or empty when there is none. */
  public Optional<Path> locate() {
    if (command.indexOf(File.separatorChar) >= 0) {
      return executable(Path.of(command));
    }
    for (Path dir : searchDirectories()) {
      Optional<Path> found = executable(dir.resolve(command));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Runs the tool once with {@code args}; never throws for what the tool does. */
  public synchronized ToolRun run(List<String> args) {
    if (hanging != null) {
      if (hanging.isAlive()) {
        return new ToolRun.StillHanging(name, hanging.pid());
      }
      hanging = null;
    }
    Optional<Path> executable = locate();
    if (executable.isEmpty()) {
      return new ToolRun.NotFound(name, where());
    }
    List<String> line = new ArrayList<>(args.size() + 1);
    line.add(executable.get().toString());
    line.addAll(args);
    Process process;
    try {
      process = new ProcessBuilder(line).start();
      process.getOutputStream().close();
    } catch (IOException e) {
      return new ToolRun.NotFound(name, "at " + executable.get() + " (" + e.getMessage() + ")");
    }
    return await(process);
  }

  public ToolRun run(String... args) {
    return run(List.of(args));
  }

  private ToolRun await(Process process) {
    Future<ToolOutput> out =
        READERS.submit(() -> ToolOutput.read(process.getInputStream(), outputBound, process));
    Future<ToolOutput> err =
        READERS.submit(() -> ToolOutput.read(process.getErrorStream(), outputBound, process));
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        killHung(process);
        return new ToolRun.TimedOut(name, timeout);
      }
      ToolOutput stdout = out.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      ToolOutput stderr = err.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (stdout.overflowed() || stderr.overflowed()) {
        return new ToolRun.TooMuchOutput(name, outputBound);
      }
      int code = process.exitValue();
      return code == 0
          ? new ToolRun.Succeeded(stdout.text(), stderr.text())
          : new ToolRun.Exited(name, code, stdout.text(), stderr.text());
    } catch (TimeoutException e) {
      // It exited, but a child it left behind still holds its output open.
      killHung(process);
      return new ToolRun.TimedOut(name, timeout);
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      return new ToolRun.Interrupted(name);
    } catch (ExecutionException e) {
      kill(process);
      throw new IllegalStateException("reading " + name + "'s output failed", e.getCause());
    }
  }

  /** Kills the process and its children (taken before the parent dies and they are orphaned). */
  static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private void killHung(Process process) {
    kill(process);
    try {
      if (!process.waitFor(KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        hanging = process;
      }
    } catch (InterruptedException e) {
      hanging = process;
      Thread.currentThread().interrupt();
    }
  }

  private List<Path> searchDirectories() {
    if (searchPath != null) {
      return searchPath;
    }
    String path = System.getenv("PATH");
    List<Path> dirs = new ArrayList<>();
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        try {
          if (!dir.isEmpty()) {
            dirs.add(Path.of(dir));
          }
        } catch (InvalidPathException e) {
          // A PATH entry that is no path names no tool.
        }
      }
    }
    return dirs;
  }

  private String where() {
    if (command.indexOf(File.separatorChar) < 0) {
      return "on PATH";
    }
    Path path = Path.of(command);
    return Files.exists(path) ? "at " + path + " (not an executable file)" : "at " + path;
  }

  private static Optional<Path> executable(Path path) {
    return Files.isRegularFile(path) && Files.isExecutable(path)
        ? Optional.of(path.toAbsolutePath())
        : Optional.empty();
  }
}
