package io.hashwatch.bench;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Stops what the run started, last started first, once: at the end of the run, or from a shutdown
 * hook when the run is interrupted (Ctrl-C), so no commander or PostgreSQL outlives the driver.
 */
final class Cleanup implements AutoCloseable {
  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final Thread hook = new Thread(this::closeAll, "bench-cleanup");

  Cleanup() {
    Runtime.getRuntime().addShutdownHook(hook);
  }

  <T extends AutoCloseable> T add(T resource) {
    synchronized (started) {
      started.push(resource);
    }
    return resource;
  }

  @Override
  public void close() {
    closeAll();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook runs closeAll, which finds nothing left
    }
  }

  private void closeAll() {
    synchronized (started) {
      while (!started.isEmpty()) {
        try {
          started.pop().close();
        } catch (Exception e) {
          System.err.println("stopping failed: " + e);
        }
      }
    }
  }
}
