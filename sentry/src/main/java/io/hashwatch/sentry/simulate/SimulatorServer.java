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
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Serves every simulated miner from one thread with one selector, so that ten thousand miners cost
 * ten thousand sockets, not ten thousand threads. Each connection gets one reply, ended with the
 * NUL real cgminer sends, and is closed, as the protocol wants. A request is read into a small
 * buffer from a pool (a cgminer request is a few dozen bytes) that grows only for a long one, and a
 * reply is written as soon as it is ready, so that a connection costs little beyond its socket.
 */
final class SimulatorServer implements Closeable {
  private static final ByteBuffer NUL = ByteBuffer.wrap(new byte[] {0}).asReadOnlyBuffer();
  private static final System.Logger LOG = System.getLogger(SimulatorServer.class.getName());

  private final Selector selector;
  private final long startNanos = System.nanoTime();
  private final Thread loop;

  private final RequestBuffers buffers = new RequestBuffers();
  // The listening socket of each miner that answers; a killed miner has none (refused).
  private final Map<SimulatedMiner, ServerSocketChannel> listening = new ConcurrentHashMap<>();
  // Work the selector's own thread does between selects: a socket is closed and bound again there.
  private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();

  /** One open connection: the miner it reached, the request so far, then the reply to send. */
  private static final class Exchange {
    final SimulatedMiner miner;
    ByteBuffer request;
    ByteBuffer[] reply;

    Exchange(SimulatedMiner miner, ByteBuffer request) {
      this.miner = miner;
      this.request = request;
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
        listening.put(miner, channel);
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

  /**
   * Closes {@code miner}'s listening socket, so that connections to it are refused until {@link
   * #revive}; false when it was not listening.
   */
  boolean kill(SimulatedMiner miner) {
    return onLoop(
        () -> {
          ServerSocketChannel channel = listening.remove(miner);
          if (channel == null) {
            return false;
          }
          channel.keyFor(selector).cancel();
          channel.close();
          for (SelectionKey key : selector.keys()) {
            if (key.attachment() instanceof Exchange exchange && exchange.miner == miner) {
              close(key); // a dead miner answers nothing it was asked
            }
          }
          selector.selectNow(); // deregisters it now, which frees the port for a revival
          return true;
        });
  }

  /** Listens for {@code miner} again after {@link #kill}; false when it was listening. */
  boolean revive(SimulatedMiner miner) {
    return onLoop(
        () -> {
          if (listening.containsKey(miner)) {
            return false;
          }
          if (!bind(miner)) {
            throw new IOException("cannot listen on " + miner.endpoint() + " again");
          }
          return true;
        });
  }

  private interface LoopTask {
    boolean run() throws IOException;
  }

  private boolean onLoop(LoopTask task) {
    CompletableFuture<Boolean> done = new CompletableFuture<>();
    tasks.add(
        () -> {
          try {
            done.complete(task.run());
          } catch (IOException | RuntimeException e) {
            done.completeExceptionally(e);
          }
        });
    selector.wakeup();
    try {
      return done.get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the simulator did not do it: " + e.getMessage(), e);
    }
  }

  private void serve() {
    try {
      while (selector.isOpen()) {
        selector.select(1000);
        for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
          task.run();
        }
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
        Exchange exchange = new Exchange((SimulatedMiner) key.attachment(), buffers.borrow());
        read(client.register(selector, SelectionKey.OP_READ, exchange)); // it may be here already
      }
    } else if (key.isReadable()) {
      read(key);
    } else if (key.isWritable()) {
      write(key);
    }
  }

  private void read(SelectionKey key) throws IOException {
    Exchange exchange = (Exchange) key.attachment();
    exchange.request = buffers.withRoom(exchange.request);
    int before = exchange.request.position();
    int read = ((SocketChannel) key.channel()).read(exchange.request);
    if (read == 0 && before == exchange.request.position()) {
      return;
    }
    if (read < 0
        || RequestBuffers.mayEnd(exchange.request, before)
        || !exchange.request.hasRemaining()) {
      String request =
          new String(
              exchange.request.array(), 0, exchange.request.position(), StandardCharsets.UTF_8);
      if (read < 0 || RequestBuffers.complete(request) || RequestBuffers.full(exchange.request)) {
        answer(key, exchange, request);
      }
    }
  }

  private void answer(SelectionKey key, Exchange exchange, String request) throws IOException {
    long seconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
    byte[] reply = exchange.miner.answer(request, seconds).getBytes(StandardCharsets.UTF_8);
    buffers.giveBack(exchange.request);
    exchange.request = null;
    exchange.reply = new ByteBuffer[] {ByteBuffer.wrap(reply), NUL.duplicate()};
    write(key); // most replies fit the socket's buffer at once
    if (key.isValid()) {
      key.interestOps(SelectionKey.OP_WRITE);
    }
  }

  private void write(SelectionKey key) throws IOException {
    Exchange exchange = (Exchange) key.attachment();
    ((SocketChannel) key.channel()).write(exchange.reply);
    if (!exchange.reply[1].hasRemaining()) {
      close(key);
    }
  }

  private void close(SelectionKey key) {
    if (key.attachment() instanceof Exchange exchange && exchange.request != null) {
      buffers.giveBack(exchange.request);
      exchange.request = null;
    }
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
