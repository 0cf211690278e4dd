package io.hashwatch.bench.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one task over every miner with a fixed number of worker threads, as a sentry's sweep does:
 * each worker takes the next miner until none is left. The threads are kept between sweeps, so that
 * a sweep measures the polls, not thread creation.
 */
final class ParallelSweep implements AutoCloseable {
  private final int concurrency;
  private final ExecutorService workers;

  /** The results of one sweep, in the order of its miners, and how long it took. */
  record Pass<R>(long nanos, List<R> results) {}

  ParallelSweep(int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be >= 1");
    }
    this.concurrency = concurrency;
    AtomicInteger number = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            concurrency,
            task -> {
              Thread thread = new Thread(task, "sweep-" + number.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  int concurrency() {
    return concurrency;
  }

  /** Applies {@code task}, which must not throw, to every item; answers when all are done. */
  <T, R> Pass<R> run(List<T> items, Function<T, R> task) throws InterruptedException {
    Object[] results = new Object[items.size()];
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> running = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < Math.min(concurrency, items.size()); i++) {
      running.add(
          workers.submit(
              () -> {
                int index;
                while ((index = next.getAndIncrement()) < items.size()) {
                  results[index] = task.apply(items.get(index));
                }
              }));
    }
    for (Future<?> worker : running) {
      try {
        worker.get(); // also makes the workers' writes to results visible here
      } catch (ExecutionException e) {
        throw new IllegalStateException("a sweep task threw", e.getCause());
      }
    }
    long nanos = System.nanoTime() - start;
    @SuppressWarnings("unchecked")
    List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
    return new Pass<>(nanos, list);
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
