package io.hashwatch.protocols.ssh;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * A real SSH server (Apache MINA SSHD) on 127.0.0.1 standing in for a miner: a password login (and
 * optionally one authorized public key) and a table of commands with their answers. It records the
 * logins tried, the commands it was asked to run and those killed before they ended.
 */
final class SshStandIn implements AutoCloseable {
  static final String USER = "miner";
  static final String PASSWORD = "s3cret";

  /** What the stand-in does for a command. */
  sealed interface Answer {}

  /** Writes its output and exits with a status. */
  record Exits(int status, String stdout, String stderr) implements Answer {}

  /** Never ends until the client closes the channel. */
  record Hangs() implements Answer {}

  /** Drops the whole connection without an exit status, as a reboot does. */
  record DropsConnection() implements Answer {}

  static Exits prints(String stdout) {
    return new Exits(0, stdout, "");
  }

  private final SshServer server;
  private final KeyPair hostKey;
  private final Map<String, Answer> answers;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<String> commands = new CopyOnWriteArrayList<>();
  private final List<String> killed = new CopyOnWriteArrayList<>();
  private final AtomicInteger logins = new AtomicInteger();
  private volatile PublicKey authorizedKey;

  /**
   * @param port 0 for any free port, or the port of a stand-in closed before (a restart)
   */
  SshStandIn(KeyPair hostKey, int port, Map<String, Answer> answers) throws IOException {
    this.hostKey = hostKey;
    this.answers = Map.copyOf(answers);
    server = SshServer.setUpDefaultServer();
    server.setHost("127.0.0.1");
    server.setPort(port);
    server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
    server.setPasswordAuthenticator(
        (user, password, session) -> {
          logins.incrementAndGet();
          return USER.equals(user) && PASSWORD.equals(password);
        });
    server.setPublickeyAuthenticator(
        (user, key, session) -> {
          logins.incrementAndGet();
          return USER.equals(user)
              && authorizedKey != null
              && KeyUtils.compareKeys(key, authorizedKey);
        });
    server.setCommandFactory((channel, command) -> new Scripted(command));
    server.start();
  }

  SshStandIn(Map<String, Answer> answers) throws IOException, GeneralSecurityException {
    this(newHostKey(), 0, answers);
  }

  static KeyPair newHostKey() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    return generator.generateKeyPair();
  }

  SshStandIn authorize(PublicKey key) {
    authorizedKey = key;
    return this;
  }

  int port() {
    return server.getPort();
  }

  SshTarget target(SshLogin login) {
    return new SshTarget("127.0.0.1", port(), login);
  }

  SshTarget target() {
    return target(SshLogin.password(USER, PASSWORD));
  }

  /** Its host key's fingerprint as MINA computes it (SHA256:base64, like OpenSSH). */
  String fingerprint() {
    return KeyUtils.getFingerPrint(hostKey.getPublic());
  }

  List<String> commands() {
    return List.copyOf(commands);
  }

  List<String> killed() {
    return List.copyOf(killed);
  }

  /** Password and public key attempts together. */
  int logins() {
    return logins.get();
  }

  @Override
  public void close() throws IOException {
    server.stop(true);
    threads.shutdownNow();
  }

  /** One command's run on the stand-in. */
  private final class Scripted implements Command {
    private final String command;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;

    Scripted(String command) {
      this.command = command;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
      commands.add(command);
      Answer answer =
          answers.getOrDefault(command, new Exits(127, "", "sh: " + command + ": not found\n"));
      if (answer instanceof Exits exits) {
        threads.submit(() -> answer(exits));
      } else if (answer instanceof DropsConnection) {
        channel.getSession().close(true);
      }
    }

    private void answer(Exits exits) {
      try {
        out.write(exits.stdout().getBytes(StandardCharsets.UTF_8));
        out.flush();
        err.write(exits.stderr().getBytes(StandardCharsets.UTF_8));
        err.flush();
        exit.onExit(exits.status());
      } catch (IOException e) {
        exit.onExit(1, e.getMessage());
      }
    }

    @Override
    public void destroy(ChannelSession channel) {
      if (answers.get(command) instanceof Hangs) {
        killed.add(command);
      }
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
      this.exit = callback;
    }

    @Override
    public void setInputStream(java.io.InputStream in) {
      // The commands read nothing.
    }

    @Override
    public void setOutputStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
      this.err = err;
    }
  }
}
