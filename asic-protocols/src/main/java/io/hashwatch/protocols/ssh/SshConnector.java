package io.hashwatch.protocols.ssh;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import io.hashwatch.protocols.transport.DeviceConnectException;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.protocols.transport.DeviceTimeoutException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Opens a JSch session to a miner, host key checked and logged in, within a time limit. */
final class SshConnector {
  /**
   * JSch's defaults, without host certificates (nothing here trusts a CA), plus what older miner
   * firmware (dropbear on stock Antminer) offers only: {@code ssh-rsa} host keys and {@code
   * diffie-hellman-group14-sha1}. They come last, so they are chosen only when nothing better is
   * offered; the host key is still checked against the remembered one.
   */
  private static final Map<String, String> CONFIG =
      Map.of(
          "StrictHostKeyChecking",
          "yes",
          "server_host_key",
          "ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,"
              + "rsa-sha2-512,rsa-sha2-256,ssh-rsa",
          "kex",
          JSch.getConfig("kex") + ",diffie-hellman-group14-sha1",
          "PreferredAuthentications",
          "publickey,password");

  /**
   * Cuts handshakes that do not finish in time: JSch's own timeout bounds each read, not the whole
   * handshake, and a server may trickle lines forever.
   */
  private static final ScheduledExecutorService WATCHDOG = watchdog();

  private SshConnector() {}

  static Session connect(SshTarget target, KnownHostsFile knownHosts, Duration timeout)
      throws DeviceException {
    HostKeyCheck hostKeys = new HostKeyCheck(knownHosts);
    Session session = session(target, hostKeys);
    AtomicBoolean late = new AtomicBoolean();
    ScheduledFuture<?> alarm =
        WATCHDOG.schedule(
            () -> {
              late.set(true);
              session.disconnect();
            },
            timeout.toMillis(),
            TimeUnit.MILLISECONDS);
    try {
      session.connect((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    } catch (JSchException | RuntimeException e) {
      // JSch throws what it meets, a NullPointerException too when the watchdog disconnects it.
      throw failure(target, e, hostKeys, late.get(), timeout);
    } finally {
      alarm.cancel(false);
    }
    if (late.get()) {
      session.disconnect();
      throw handshakeTimeout(target, timeout, null);
    }
    return session;
  }

  private static Session session(SshTarget target, HostKeyCheck hostKeys)
      throws DeviceConnectException {
    JSch jsch = new JSch();
    jsch.setHostKeyRepository(hostKeys);
    SshLogin login = target.login();
    try {
      if (login.privateKey() != null) {
        jsch.addIdentity(login.privateKey().toString());
      }
      Session session = jsch.getSession(login.user(), target.host(), target.port());
      if (login.password() != null) {
        session.setPassword(login.password());
      }
      CONFIG.forEach(session::setConfig);
      session.setDaemonThread(true);
      return session;
    } catch (JSchException e) {
      throw new DeviceConnectException(
          "cannot prepare the SSH login to " + target.address() + ": " + e.getMessage(), e);
    }
  }

  private static DeviceException failure(
      SshTarget target, Exception e, HostKeyCheck hostKeys, boolean late, Duration timeout) {
    if (hostKeys.refusal() != null) {
      return new DeviceConnectException(hostKeys.refusal().getMessage(), hostKeys.refusal());
    }
    if (hostKeys.failure() != null) {
      return new DeviceConnectException(
          "refused "
              + target.address()
              + ": cannot use the known hosts file "
              + hostKeys.getKnownHostsRepositoryID()
              + ": "
              + hostKeys.failure().getMessage(),
          hostKeys.failure());
    }
    String message = String.valueOf(e.getMessage());
    if (late || e.getCause() instanceof SocketTimeoutException) {
      return handshakeTimeout(target, timeout, e);
    }
    if (message.startsWith("Auth fail") || message.startsWith("Auth cancel")) {
      return new DeviceResponseException(
          DeviceSshClient.LOGIN_REFUSED,
          target.address() + " refused the login: wrong user, password or key (" + message + ")");
    }
    return new DeviceConnectException("cannot connect to " + target.address() + ": " + message, e);
  }

  private static DeviceTimeoutException handshakeTimeout(
      SshTarget target, Duration timeout, Throwable cause) {
    return new DeviceTimeoutException(
        target.address() + " did not connect and log in within " + timeout.toMillis() + " ms",
        cause);
  }

  private static ScheduledExecutorService watchdog() {
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = Executors.defaultThreadFactory().newThread(task);
              thread.setName("ssh-handshake-watchdog");
              thread.setDaemon(true);
              return thread;
            });
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }
}
