package io.hashwatch.bench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelSweepTest {

  @Test
  void everyItemIsDoneOnceAndItsResultKeepsItsPlace() throws InterruptedException {
    List<Integer> items = IntStream.range(0, 1000).boxed().toList();
    AtomicInteger calls = new AtomicInteger();
    try (ParallelSweep sweep = new ParallelSweep(8)) {
      ParallelSweep.Pass<Integer> pass =
          sweep.run(
              items,
              item -> {
                calls.incrementAndGet();
                return item * 2;
              });
      assertThat(pass.results()).isEqualTo(items.stream().map(item -> item * 2).toList());
      assertThat(calls).hasValue(1000);
      assertThat(pass.nanos()).isPositive();
    }
  }

  @Test
  void noMoreItemsRunAtOnceThanTheConcurrency() throws InterruptedException {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    try (ParallelSweep sweep = new ParallelSweep(3)) {
      sweep.run(
          IntStream.range(0, 300).boxed().toList(),
          item -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.yield();
            return running.decrementAndGet();
          });
    }
    assertThat(most.get()).isBetween(1, 3);
  }

  @Test
  void aTaskThatThrowsFailsTheSweep() {
    try (ParallelSweep sweep = new ParallelSweep(2)) {
      assertThatThrownBy(
              () ->
                  sweep.run(
                      List.of(1, 2),
                      item -> {
                        throw new IllegalArgumentException("bad " + item);
                      }))
          .isInstanceOf(IllegalStateException.class)
          .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }
  }
}
