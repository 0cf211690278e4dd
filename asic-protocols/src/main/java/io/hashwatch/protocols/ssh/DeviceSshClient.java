package io.hashwatch.protocols.ssh;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import io.hashwatch.protocols.transport.DeviceConnectException;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.protocols.transport.DeviceTimeoutException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command on a miner over SSH (JSch) and closes: connect, check the host key against the
 * {@link KnownHostsFile}, log in, run, collect the output up to a bound, disconnect. Nothing waits
 * without a limit: the handshake and login have the connect timeout, the command its own; a command
 * still running at its limit is killed by closing the channel and the session.
 */
public final class DeviceSshClient {
  /**
   * The code of the {@link DeviceResponseException} for a refused login: HTTP's Unauthorized, out
   * of the 0 to 255 range of exit statuses.
   */
  public static final int LOGIN_REFUSED = 401;

  /**
   * @param connectTimeout for the TCP connection, the SSH handshake and the login together
   * @param commandTimeout from opening the channel to the command's exit
   * @param maxOutputBytes the most standard output and error together; more is an error
   */
  public record Settings(Duration connectTimeout, Duration commandTimeout, int maxOutputBytes) {
    public static final Settings DEFAULT =
        new Settings(Duration.ofSeconds(5), Duration.ofSeconds(30), 1024 * 1024);

    public Settings {
      if (connectTimeout.toMillis() < 1 || commandTimeout.toMillis() < 1 || maxOutputBytes < 1) {
        throw new IllegalArgumentException("timeouts of at least 1 ms and a positive bound");
      }
    }
  }

  private final KnownHostsFile knownHosts;
  private final Settings settings;

  public DeviceSshClient(KnownHostsFile knownHosts, Settings settings) {
    this.knownHosts = Objects.requireNonNull(knownHosts, "knownHosts");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Runs a command and gives its exit status and output, whatever the status.
   *
   * @throws DeviceConnectException no connection, or the host key changed (the cause is then a
   *     {@link HostKeyChangedException})
   * @throws DeviceTimeoutException the handshake or the command did not finish in time
   * @throws DeviceResponseException the login was refused ({@link #LOGIN_REFUSED})
   * @throws MalformedReplyException the output went over its bound
   */
  public CommandResult execute(SshTarget target, String command) throws DeviceException {
    Session session = SshConnector.connect(target, knownHosts, settings.connectTimeout());
    try {
      return run(session, target, command);
    } finally {
      session.disconnect();
    }
  }

  /**
   * Runs a command that must succeed and gives its standard output.
   *
   * @throws DeviceResponseException also when the command exits with a status other than 0, that
   *     status as its code
   * @throws DeviceConnectException also when the connection closed before the command's exit
   */
  public String output(SshTarget target, String command) throws DeviceException {
    CommandResult result = execute(target, command);
    if (result.exitStatus() == CommandResult.NO_EXIT_STATUS) {
      throw new DeviceConnectException(
          target.address() + " closed the connection before '" + command + "' exited", null);
    }
    if (!result.succeeded()) {
      String stderr = result.stderr().strip();
      throw new DeviceResponseException(
          result.exitStatus(),
          target.address()
              + ": '"
              + command
              + "' exited with status "
              + result.exitStatus()
              + (stderr.isEmpty() ? "" : ": " + abbreviate(stderr)));
    }
    return result.stdout();
  }

  private CommandResult run(Session session, SshTarget target, String command)
      throws DeviceException {
    long deadline = System.nanoTime() + settings.commandTimeout().toNanos();
    CommandOutput output = new CommandOutput(settings.maxOutputBytes());
    ChannelExec channel;
    try {
      channel = (ChannelExec) session.openChannel("exec");
      channel.setCommand(command);
      channel.setOutputStream(output.stdout());
      channel.setExtOutputStream(output.stderr());
      channel.connect(millisLeft(deadline));
    } catch (JSchException | RuntimeException e) {
      if (System.nanoTime() - deadline >= 0) {
        throw new DeviceTimeoutException(
            target.address() + " did not start '" + command + "' in time", e);
      }
      // A session the miner dropped meanwhile can make JSch throw a NullPointerException.
      throw new DeviceConnectException(
          target.address() + " did not run '" + command + "': " + e.getMessage(), e);
    }
    try {
      if (!output.await(deadline - System.nanoTime())) {
        throw new DeviceTimeoutException(
            target.address()
                + ": '"
                + command
                + "' did not finish within "
                + settings.commandTimeout().toMillis()
                + " ms; it was killed by closing the channel",
            null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeviceTimeoutException("interrupted while '" + command + "' ran", e);
    } finally {
      channel.disconnect();
    }
    if (output.overflowed()) {
      throw new MalformedReplyException(
          target.address()
              + ": '"
              + command
              + "' wrote more than "
              + settings.maxOutputBytes()
              + " bytes");
    }
    return new CommandResult(channel.getExitStatus(), output.stdoutText(), output.stderrText());
  }

  /** At least 1: JSch takes 0 for no limit. */
  private static int millisLeft(long deadline) {
    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, left));
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }
}
