package io.hashwatch.protocols.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.jcraft.jsch.JSch;
import io.hashwatch.protocols.ssh.SshStandIn.Answer;
import io.hashwatch.protocols.ssh.SshStandIn.Exits;
import io.hashwatch.protocols.ssh.SshStandIn.Hangs;
import io.hashwatch.protocols.transport.DeviceConnectException;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.protocols.transport.DeviceTimeoutException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceSshClientTest {
  private static final Map<String, Answer> ANSWERS =
      Map.of(
          "uname -n", SshStandIn.prints("antMiner\n"),
          "cat /config/missing", new Exits(1, "", "cat: can't open '/config/missing'\n"),
          "tail -f /var/log/messages", new Hangs(),
          "cat /tmp/at-bound", SshStandIn.prints("x".repeat(3000)),
          "cat /tmp/big", new Exits(0, "x".repeat(3000), "y".repeat(1097)));

  @TempDir Path dir;

  private KnownHostsFile knownHosts() {
    return new KnownHostsFile(dir.resolve("sentry").resolve("known_hosts"));
  }

  private DeviceSshClient client(DeviceSshClient.Settings settings) {
    return new DeviceSshClient(knownHosts(), settings);
  }

  private DeviceSshClient client() {
    return client(DeviceSshClient.Settings.DEFAULT);
  }

  @Test
  void firstConnectionRemembersTheHostKey() throws Exception {
    try (SshStandIn miner = new SshStandIn(ANSWERS)) {
      CommandResult result = client().execute(miner.target(), "uname -n");

      assertThat(result).isEqualTo(new CommandResult(0, "antMiner\n", ""));
      String host = "[127.0.0.1]:" + miner.port();
      List<KnownHostKey> remembered = knownHosts().keysOf(host);
      assertThat(remembered)
          .singleElement()
          .extracting(KnownHostKey::type)
          .isEqualTo("ecdsa-sha2-nistp256");
      assertThat(remembered.get(0).fingerprint()).isEqualTo(miner.fingerprint());
      assertThat(Files.readAllLines(knownHosts().path())).containsExactly(remembered.get(0).line());
    }
  }

  @Test
  void secondConnectionWithTheSameKeyWorks() throws Exception {
    try (SshStandIn miner = new SshStandIn(ANSWERS)) {
      client().output(miner.target(), "uname -n");
      String file = Files.readString(knownHosts().path());

      assertThat(client().output(miner.target(), "uname -n")).isEqualTo("antMiner\n");
      assertThat(Files.readString(knownHosts().path())).isEqualTo(file);
      assertThat(miner.commands()).containsExactly("uname -n", "uname -n");
    }
  }

  @Test
  void changedHostKeyIsRefusedBeforeAnythingIsSent() throws Exception {
    SshStandIn first = new SshStandIn(ANSWERS);
    int port = first.port();
    String firstPrint = first.fingerprint();
    client().output(first.target(), "uname -n");
    first.close();
    String file = Files.readString(knownHosts().path());

    try (SshStandIn impostor = new SshStandIn(SshStandIn.newHostKey(), port, ANSWERS)) {
      assertThatThrownBy(() -> client().execute(impostor.target(), "uname -n"))
          .isInstanceOf(DeviceConnectException.class)
          .hasMessageContaining("[127.0.0.1]:" + port)
          .hasMessageContaining(firstPrint)
          .hasMessageContaining(impostor.fingerprint())
          .hasMessageContaining(knownHosts().path().toString())
          .cause()
          .isInstanceOfSatisfying(
              HostKeyChangedException.class,
              changed -> {
                assertThat(changed.host()).isEqualTo("[127.0.0.1]:" + port);
                assertThat(changed.rememberedFingerprints()).containsExactly(firstPrint);
                assertThat(changed.offeredFingerprint()).isEqualTo(impostor.fingerprint());
              });
      assertThat(impostor.logins()).isZero();
      assertThat(impostor.commands()).isEmpty();
      assertThat(Files.readString(knownHosts().path())).isEqualTo(file);

      assertThat(knownHosts().forget("[127.0.0.1]:" + port)).isTrue();
      assertThat(client().output(impostor.target(), "uname -n")).isEqualTo("antMiner\n");
      assertThat(knownHosts().keysOf("[127.0.0.1]:" + port))
          .singleElement()
          .extracting(KnownHostKey::fingerprint)
          .isEqualTo(impostor.fingerprint());
    }
  }

  @Test
  void wrongPasswordIsARefusedLogin() throws Exception {
    try (SshStandIn miner = new SshStandIn(ANSWERS)) {
      SshTarget target = miner.target(SshLogin.password(SshStandIn.USER, "wrong"));

      assertThatThrownBy(() -> client().execute(target, "uname -n"))
          .isInstanceOfSatisfying(
              DeviceResponseException.class,
              e -> assertThat(e.code()).isEqualTo(DeviceSshClient.LOGIN_REFUSED))
          .hasMessageContaining("miner@127.0.0.1:" + miner.port() + " refused the login");
      assertThat(miner.commands()).isEmpty();
    }
  }

  @Test
  void logsInWithAPrivateKey() throws Exception {
    com.jcraft.jsch.KeyPair key =
        com.jcraft.jsch.KeyPair.genKeyPair(new JSch(), com.jcraft.jsch.KeyPair.ECDSA, 256);
    Path keyFile = dir.resolve("id_ecdsa");
    ByteArrayOutputStream pem = new ByteArrayOutputStream();
    key.writePrivateKey(pem);
    Files.write(keyFile, pem.toByteArray());
    try (SshStandIn miner = new SshStandIn(ANSWERS)) {
      miner.authorize(new ByteArrayBuffer(key.getPublicKeyBlob()).getRawPublicKey());

      SshTarget target = miner.target(SshLogin.key(SshStandIn.USER, keyFile));

      assertThat(client().output(target, "uname -n")).isEqualTo("antMiner\n");
    }
  }

  @Test
  void nonZeroExitIsAResponseWithTheStatusAsCode() throws Exception {
    try (SshStandIn miner = new SshStandIn(ANSWERS)) {
      assertThat(client().execute(miner.target(), "cat /config/missing"))
          .isEqualTo(new CommandResult(1, "", "cat: can't open '/config/missing'\n"));
      assertThatThrownBy(() -> client().output(miner.target(), "cat /config/missing"))
          .isInstanceOfSatisfying(
              DeviceResponseException.class, e -> assertThat(e.code()).isEqualTo(1))
          .hasMessageContaining("exited with status 1")
          .hasMessageContaining("can't open '/config/missing'");
      assertThatThrownBy(() -> client().output(miner.target(), "rm -rf /"))
          .isInstanceOfSatisfying(
              DeviceResponseException.class, e -> assertThat(e.code()).isEqualTo(127));
    }
  }

  @Test
  void outputUpToTheBoundIsKeptAndMoreIsAnError() throws Exception {
    DeviceSshClient.Settings bound3000 =
        new DeviceSshClient.Settings(Duration.ofSeconds(5), Duration.ofSeconds(10), 3000);
    try (SshStandIn miner = new SshStandIn(ANSWERS)) {
      assertThat(client(bound3000).output(miner.target(), "cat /tmp/at-bound")).hasSize(3000);

      assertThatThrownBy(() -> client(bound3000).execute(miner.target(), "cat /tmp/big"))
          .isInstanceOf(MalformedReplyException.class)
          .hasMessageContaining("'cat /tmp/big' wrote more than 3000 bytes");
    }
  }

  @Test
  void aCommandThatDoesNotEndIsKilledAtItsTimeout() throws Exception {
    DeviceSshClient.Settings halfSecond =
        new DeviceSshClient.Settings(Duration.ofSeconds(5), Duration.ofMillis(500), 1024);
    try (SshStandIn miner = new SshStandIn(ANSWERS)) {
      long start = System.nanoTime();

      assertThatThrownBy(
              () -> client(halfSecond).execute(miner.target(), "tail -f /var/log/messages"))
          .isInstanceOf(DeviceTimeoutException.class)
          .hasMessageContaining("did not finish within 500 ms");

      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(took).isBetween(Duration.ofMillis(500), Duration.ofSeconds(5));
      await()
          .atMost(Duration.ofSeconds(5))
          .until(miner::killed, killed -> killed.contains("tail -f /var/log/messages"));
    }
  }

  @Test
  void aClosedPortIsAConnectFailure() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    SshTarget target =
        new SshTarget("127.0.0.1", port, SshLogin.password(SshStandIn.USER, SshStandIn.PASSWORD));

    assertThatThrownBy(() -> client().execute(target, "uname -n"))
        .isInstanceOf(DeviceConnectException.class)
        .hasMessageContaining("cannot connect to miner@127.0.0.1:" + port);
    assertThat(knownHosts().path()).doesNotExist();
  }

  @Test
  void eachHostAndPortHasItsOwnKey() throws Exception {
    try (SshStandIn one = new SshStandIn(ANSWERS);
        SshStandIn two = new SshStandIn(ANSWERS)) {
      client().output(one.target(), "uname -n");
      client().output(two.target(), "uname -n");

      assertThat(knownHosts().keysOf("[127.0.0.1]:" + one.port()))
          .singleElement()
          .extracting(KnownHostKey::fingerprint)
          .isEqualTo(one.fingerprint());
      assertThat(knownHosts().keysOf("[127.0.0.1]:" + two.port()))
          .singleElement()
          .extracting(KnownHostKey::fingerprint)
          .isEqualTo(two.fingerprint());
    }
  }
}
