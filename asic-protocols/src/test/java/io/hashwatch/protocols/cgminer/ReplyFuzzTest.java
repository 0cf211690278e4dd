package io.hashwatch.protocols.cgminer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * Throws mutated real replies at the parsers: JSON repair and parsing, the STATUS check and the
 * lenient field readers. Nothing but the module's own exceptions may escape, and no reply may take
 * long, whatever a broken or hostile miner sends.
 */
class ReplyFuzzTest {
  static final int REPLIES = 100_000;
  private static final long SECONDS_PER_REPLY = 5;
  private static final List<Map.Entry<String, String>> SEEDS =
      List.copyOf(RecordedReplies.all().entrySet());

  // Each reply is read on this thread so that one that hangs fails the test instead of the build.
  private static final ExecutorService PARSER =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "fuzzed-parser");
            thread.setDaemon(true);
            return thread;
          });

  /** A recorded reply and the changes made to it; its text is built when needed. */
  record MutatedReply(String seed, List<ReplyMutation> mutations) {
    String text() {
      String text = RecordedReplies.all().get(seed);
      for (ReplyMutation mutation : mutations) {
        text = mutation.applyTo(text);
      }
      return text;
    }
  }

  @Provide
  Arbitrary<MutatedReply> replies() {
    Arbitrary<ReplyMutation> mutation =
        Combinators.combine(
                Arbitraries.of(ReplyMutation.Kind.class),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 512),
                Arbitraries.integers().between(0, Integer.MAX_VALUE))
            .as(ReplyMutation::new);
    return Combinators.combine(
            Arbitraries.of(SEEDS).map(Map.Entry::getKey), mutation.list().ofMinSize(1).ofMaxSize(6))
        .as(MutatedReply::new);
  }

  @Property(tries = REPLIES)
  void nothingButTheModulesExceptionsEscapeAndNothingHangs(@ForAll("replies") MutatedReply reply)
      throws Exception {
    String text = reply.text();
    Future<?> parsing = PARSER.submit(() -> readEverything(text));
    try {
      parsing.get(SECONDS_PER_REPLY, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      parsing.cancel(true);
      throw new AssertionError("reading took over " + SECONDS_PER_REPLY + " s", e);
    } catch (ExecutionException e) {
      throw new AssertionError("escaped: " + e.getCause(), e.getCause());
    }
  }

  // How the replies fared, to show the mutations neither all break nor all spare the JSON.
  private static final AtomicInteger PARSED = new AtomicInteger();
  private static final AtomicInteger MALFORMED = new AtomicInteger();
  private static final AtomicInteger REFUSED = new AtomicInteger();

  @AfterProperty
  void everyKindOfOutcomeWasSeen() {
    int total = PARSED.get() + MALFORMED.get();
    if (total >= REPLIES) {
      assertThat(PARSED.get()).as("parsed").isGreaterThan(REPLIES / 10);
      assertThat(MALFORMED.get()).as("malformed").isGreaterThan(REPLIES / 10);
      assertThat(REFUSED.get()).as("refused by their STATUS").isGreaterThan(REPLIES / 5000);
    }
  }

  @AfterContainer
  static void stopParser() {
    PARSER.shutdownNow();
  }

  private static Void readEverything(String text) {
    assertThat(JsonRepair.repair(text)).isNotNull();
    JsonObject reply;
    try {
      reply = CgminerClient.parse(text);
    } catch (MalformedReplyException e) {
      MALFORMED.incrementAndGet();
      return null;
    }
    PARSED.incrementAndGet();
    try {
      CgminerStatus.check(reply);
    } catch (DeviceResponseException e) {
      REFUSED.incrementAndGet();
      assertThat(e.getMessage()).startsWith("the miner answered ");
    }
    CgminerStatus.description(reply);
    readEveryField(reply);
    return null;
  }

  /** Reads every field of every object in the reply as a number, a whole number and text. */
  private static void readEveryField(JsonObject reply) {
    Deque<JsonValue> values = new ArrayDeque<>(List.of(reply));
    while (!values.isEmpty()) {
      JsonValue value = values.pop();
      if (value instanceof JsonObject object) {
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
          LenientFields.number(object, field.getKey());
          LenientFields.whole(object, field.getKey());
          LenientFields.text(object, field.getKey());
          values.push(field.getValue());
        }
      } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
        values.addAll(value.asJsonArray());
      } else {
        LenientFields.number(value);
      }
    }
  }
}
