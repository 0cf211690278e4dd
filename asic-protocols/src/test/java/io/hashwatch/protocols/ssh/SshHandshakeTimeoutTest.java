package io.hashwatch.protocols.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.protocols.transport.DeviceTimeoutException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Servers that accept the TCP connection but never finish the SSH handshake. */
class SshHandshakeTimeoutTest {
  private static final DeviceSshClient.Settings CONNECT_IN_300_MS =
      new DeviceSshClient.Settings(Duration.ofMillis(300), Duration.ofSeconds(5), 1024);

  @TempDir Path dir;
  private ServerSocket server;
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @BeforeEach
  void listen() throws IOException {
    server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
    threads.shutdownNow();
  }

  private SshTarget target() {
    return new SshTarget("127.0.0.1", server.getLocalPort(), SshLogin.password("miner", "miner"));
  }

  private DeviceSshClient client() {
    return new DeviceSshClient(new KnownHostsFile(dir.resolve("known_hosts")), CONNECT_IN_300_MS);
  }

  @Test
  void aServerThatSaysNothingTimesOut() {
    threads.submit(this::acceptAndStaySilent);
    long start = System.nanoTime();

    assertThatThrownBy(() -> client().execute(target(), "uname -n"))
        .isInstanceOf(DeviceTimeoutException.class)
        .hasMessageContaining("did not connect and log in within 300 ms");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  /** Each line resets JSch's read timeout; only the whole-handshake limit stops this one. */
  @Test
  void aServerThatTricklesLinesForeverTimesOut() {
    threads.submit(this::acceptAndTrickle);
    long start = System.nanoTime();

    assertThatThrownBy(() -> client().execute(target(), "uname -n"))
        .isInstanceOf(DeviceTimeoutException.class)
        .hasMessageContaining("did not connect and log in within 300 ms");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  private Void acceptAndStaySilent() throws IOException {
    try (Socket socket = server.accept()) {
      socket.getInputStream().transferTo(OutputStream.nullOutputStream());
    }
    return null;
  }

  private Void acceptAndTrickle() throws IOException {
    try (Socket socket = server.accept()) {
      OutputStream out = socket.getOutputStream();
      byte[] line = "please wait\r\n".getBytes(StandardCharsets.US_ASCII);
      while (!Thread.currentThread().isInterrupted()) {
        out.write(line);
        out.flush();
      }
    } catch (IOException e) {
      // The client hung up, as it should.
    }
    return null;
  }
}
