package io.hashwatch.sentry.simulate;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * Serves every simulated miner from one thread with one selector, so that ten thousand miners cost
 * ten thousand sockets, not ten thousand threads. Each connection gets one reply, ended with the
 * NUL real cgminer sends, and is closed, as the protocol wants.
 */
final class SimulatorServer implements Closeable {
  private static final int MAX_REQUEST = 64 * 1024;
  private static final System.Logger LOG = System.getLogger(SimulatorServer.class.getName());

  private final Selector selector;
  private final long startNanos = System.nanoTime();
  private final Thread loop;

  /** One open connection: the miner it reached, the request so far, then the reply to send. */
  private static final class Exchange {
    final SimulatedMiner miner;
    final ByteBuffer request = ByteBuffer.allocate(MAX_REQUEST);
    ByteBuffer reply;

    Exchange(SimulatedMiner miner) {
      this.miner = miner;
    }
  }

  SimulatorServer() throws IOException {
    selector = Selector.open();
    loop = new Thread(this::serve, "simulated-miners");
    loop.setDaemon(true);
  }

  /** Binds {@code miner}'s address; false when the address is taken or cannot be bound. */
  boolean bind(SimulatedMiner miner) {
    try {
      ServerSocketChannel channel = ServerSocketChannel.open();
      try {
        channel.bind(new InetSocketAddress(miner.address(), miner.port()), 256);
        channel.configureBlocking(false);
        selector.wakeup();
        channel.register(selector, SelectionKey.OP_ACCEPT, miner);
        return true;
      } catch (IOException e) {
        channel.close();
        return false;
      }
    } catch (IOException e) {
      return false;
    }
  }

  void start() {
    loop.start();
  }

  private void serve() {
    try {
      while (selector.isOpen()) {
        selector.select(1000);
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
          SelectionKey key = keys.next();
          keys.remove();
          try {
            handle(key);
          } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "a simulated connection failed", e);
            close(key);
          }
        }
      }
    } catch (IOException | ClosedSelectorException e) {
      // closed: the simulator is stopping
    }
  }

  private void handle(SelectionKey key) throws IOException {
    if (!key.isValid()) {
      return;
    }
    if (key.isAcceptable()) {
      SocketChannel client = ((ServerSocketChannel) key.channel()).accept();
      if (client != null) {
        client.configureBlocking(false);
        client.register(
            selector, SelectionKey.OP_READ, new Exchange((SimulatedMiner) key.attachment()));
      }
    } else if (key.isReadable()) {
      read(key);
    } else if (key.isWritable()) {
      write(key);
    }
  }

  private void read(SelectionKey key) throws IOException {
    Exchange exchange = (Exchange) key.attachment();
    int read = ((SocketChannel) key.channel()).read(exchange.request);
    String request =
        new String(
            exchange.request.array(), 0, exchange.request.position(), StandardCharsets.UTF_8);
    if (read < 0 || complete(request) || !exchange.request.hasRemaining()) {
      long seconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
      byte[] reply = exchange.miner.answer(request, seconds).getBytes(StandardCharsets.UTF_8);
      exchange.reply = ByteBuffer.allocate(reply.length + 1).put(reply).put((byte) 0).flip();
      key.interestOps(SelectionKey.OP_WRITE);
    }
  }

  private void write(SelectionKey key) throws IOException {
    Exchange exchange = (Exchange) key.attachment();
    ((SocketChannel) key.channel()).write(exchange.reply);
    if (!exchange.reply.hasRemaining()) {
      close(key);
    }
  }

  /** A JSON request is complete when its braces balance; a text one when it has arrived. */
  static boolean complete(String request) {
    String text = request.strip();
    if (!text.startsWith("{")) {
      return !text.isEmpty();
    }
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      }
    }
    return depth == 0;
  }

  private static void close(SelectionKey key) {
    key.cancel();
    try {
      key.channel().close();
    } catch (IOException e) {
      // already gone
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (!selector.isOpen()) {
      return;
    }
    for (SelectionKey key : selector.keys()) {
      key.channel().close();
    }
    selector.close();
  }
}
