package io.hashwatch.protocols.ssh;

/**
 * What one command run over SSH gave.
 *
 * @param exitStatus the command's exit status, or {@link #NO_EXIT_STATUS} when the miner closed the
 *     channel without one (killed by a signal, or the connection dropped, as a reboot does)
 * @param stdout its standard output, UTF-8
 * @param stderr its standard error, UTF-8
 */
public record CommandResult(int exitStatus, String stdout, String stderr) {
  public static final int NO_EXIT_STATUS = -1;

  public boolean succeeded() {
    return exitStatus == 0;
  }
}
