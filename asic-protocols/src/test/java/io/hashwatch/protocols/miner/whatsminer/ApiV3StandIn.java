package io.hashwatch.protocols.miner.whatsminer;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real TCP server on 127.0.0.1, port 0, framing like Whatsminer API v3: it reads one request of a
 * 4-byte little-endian length and that many bytes of JSON, answers {@code replies.apply(request)}
 * framed the same way (null: close without a word) and closes. It records the requests.
 */
final class ApiV3StandIn implements AutoCloseable {
  private final ServerSocket server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Function<String, String> replies;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<Integer> announcedLengths = new CopyOnWriteArrayList<>();

  ApiV3StandIn(Function<String, String> replies) throws IOException {
    this.replies = replies;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.submit(this::accept);
  }

  int port() {
    return server.getLocalPort();
  }

  List<String> requests() {
    return List.copyOf(requests);
  }

  /** The length each request announced in its header, to compare with its body. */
  List<Integer> announcedLengths() {
    return List.copyOf(announcedLengths);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        threads.submit(() -> answer(socket));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void answer(Socket socket) {
    try (socket) {
      socket.setSoTimeout(5000);
      DataInputStream in = new DataInputStream(socket.getInputStream());
      byte[] header = new byte[4];
      in.readFully(header);
      int length = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).getInt();
      byte[] body = new byte[length];
      in.readFully(body);
      String request = new String(body, StandardCharsets.UTF_8);
      announcedLengths.add(length);
      requests.add(request);
      String reply = replies.apply(request);
      if (reply == null) {
        return;
      }
      byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
      OutputStream out = socket.getOutputStream();
      out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(bytes.length).array());
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      // the client went away
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    threads.shutdownNow();
  }
}
