package io.hashwatch.protocols.miner;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.cgminer.CgminerStandIn;
import io.hashwatch.protocols.cgminer.RecordedReplies;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.testing.TcpStandIn;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class DriverRegistryTest {
  private static final String VERSION = "{\"command\":\"version\"}";
  private static final String STATS = "{\"command\":\"stats\"}";

  /** A driver that recognizes what {@code mark} accepts and polls to a fixed answer. */
  private record FakeDriver(String firmware, Predicate<Fingerprint> mark) implements MinerDriver {

    static FakeDriver saying(String firmware, String word) {
      return new FakeDriver(firmware, f -> f.versionText().contains(word));
    }

    @Override
    public boolean recognizes(Fingerprint fingerprint) {
      return mark.test(fingerprint);
    }

    @Override
    public PollResult poll(MinerTarget target) {
      return NoData.because("polled by " + firmware);
    }

    @Override
    public ActionResult perform(MinerTarget target, MinerAction action) {
      return new ActionResult.Unsupported("a fake");
    }
  }

  private static final FakeDriver BRAIINS = FakeDriver.saying("braiins", "bosminer");
  private static final FakeDriver STOCK = FakeDriver.saying("stock", "antminer");
  private static final FakeDriver VNISH =
      new FakeDriver("vnish", f -> f.statsText().contains("vnish"));
  private static final FakeDriver EPIC = new FakeDriver("epic", Fingerprint::httpOnApiPort);
  private static final DriverRegistry REGISTRY =
      new DriverRegistry(List.of(BRAIINS, VNISH, EPIC, STOCK));

  private static MinerTarget target(CgminerStandIn miner) {
    return MinerTarget.of(miner.host(), miner.port());
  }

  @Test
  void aVersionReplyIsShownToTheDriversInOrder() throws Exception {
    String version = RecordedReplies.text("antminer-stock-s19pro-bmminer/version.json");
    try (CgminerStandIn miner = new CgminerStandIn(request -> version)) {
      Identification identification = REGISTRY.identify(target(miner));

      assertThat(identification).isInstanceOf(Identification.Identified.class);
      Identification.Identified identified = (Identification.Identified) identification;
      assertThat(identified.driver()).isSameAs(STOCK);
      assertThat(identified.fingerprint().versionText())
          .contains("cgminer 1.0.0", "antminer s19 pro", "bmminer");
      assertThat(identified.fingerprint().stats()).isNull();
      assertThat(miner.requests()).containsExactly(VERSION);
    }
  }

  @Test
  void theFirstDriverThatRecognizesWins() throws Exception {
    String version = RecordedReplies.text("braiins-os/bosminer-api-foreman/bos_0.2.0.version.json");
    DriverRegistry broadFirst =
        new DriverRegistry(List.of(FakeDriver.saying("any", "api"), BRAIINS));
    try (CgminerStandIn miner = new CgminerStandIn(request -> version)) {
      assertThat(identified(REGISTRY.identify(target(miner))).driver()).isSameAs(BRAIINS);
      assertThat(identified(broadFirst.identify(target(miner))).driver().firmware())
          .isEqualTo("any");
    }
  }

  @Test
  void aRefusedVersionMakesTheRegistryAskForStats() throws Exception {
    String refused = RecordedReplies.text("vnish-s21pro/rpc_version.json");
    String stats = RecordedReplies.text("vnish-s21pro/rpc_stats.json");
    try (CgminerStandIn miner =
        new CgminerStandIn(request -> request.equals(STATS) ? stats : refused)) {
      Identification.Identified identified = identified(REGISTRY.identify(target(miner)));

      assertThat(identified.driver()).isSameAs(VNISH);
      assertThat(identified.fingerprint().version()).isNull();
      assertThat(identified.fingerprint().statsText()).contains("antminer s21 pro (vnish 1.2.7)");
      assertThat(miner.requests()).containsExactly(VERSION, STATS);
    }
  }

  @Test
  void httpOnTheApiPortIsAFingerprintToo() throws Exception {
    String http = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n";
    try (CgminerStandIn miner = new CgminerStandIn(request -> http).withoutNul()) {
      Identification.Identified identified = identified(REGISTRY.identify(target(miner)));
      assertThat(identified.driver()).isSameAs(EPIC);
      assertThat(identified.fingerprint().httpOnApiPort()).isTrue();

      Identification withoutEpic = new DriverRegistry(List.of(STOCK)).identify(target(miner));
      assertThat(why(withoutEpic)).isInstanceOf(Rejected.class);
      assertThat(why(withoutEpic).errors().get(0)).contains("HTTP on the API port");
    }
  }

  @Test
  void aMinerThatCannotBeReachedIsUnreachable() throws Exception {
    int port = TcpStandIn.closedPort();
    Identification identification = REGISTRY.identify(MinerTarget.of("127.0.0.1", port));

    assertThat(why(identification)).isInstanceOf(Unreachable.class);
    assertThat(why(identification).errors().get(0)).contains("127.0.0.1:" + port);
    assertThat(REGISTRY.poll(MinerTarget.of("127.0.0.1", port))).isInstanceOf(Unreachable.class);
  }

  @Test
  void aMinerThatDoesNotAnswerInTimeIsUnreachable() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (CgminerStandIn miner =
        new CgminerStandIn(request -> CgminerStandIn.silentUntil(release))) {
      MinerTarget impatient =
          new MinerTarget(
              miner.host(),
              miner.port(),
              80,
              MinerTarget.Credentials.DEFAULT,
              Duration.ofSeconds(2),
              Duration.ofMillis(500));
      assertThat(why(REGISTRY.identify(impatient))).isInstanceOf(Unreachable.class);
    } finally {
      release.countDown();
    }
  }

  @Test
  void aMinerThatHangsUpWithoutAWordIsRejected() throws Exception {
    try (CgminerStandIn miner = new CgminerStandIn(request -> null)) {
      PollResult why = why(REGISTRY.identify(target(miner)));
      assertThat(why).isInstanceOf(Rejected.class);
      assertThat(why.errors().get(0)).contains("without a reply");
    }
  }

  @Test
  void aMinerNobodyRecognizesIsRejectedNamingWhatItSaid() throws Exception {
    String version = RecordedReplies.text("luxos/version.json");
    try (CgminerStandIn miner = new CgminerStandIn(request -> version)) {
      Identification identification =
          new DriverRegistry(List.of(BRAIINS, VNISH)).identify(target(miner));

      assertThat(why(identification)).isInstanceOf(Rejected.class);
      assertThat(why(identification).errors().get(0))
          .contains("no driver recognizes the miner at " + miner.host() + ":" + miner.port())
          .contains("luxminer");
    }
  }

  @Test
  void aRecognizedMinerIsPolledByItsDriver() throws Exception {
    String version = RecordedReplies.text("antminer-stock-s19pro-bmminer/version.json");
    try (CgminerStandIn miner = new CgminerStandIn(request -> version)) {
      assertThat(REGISTRY.poll(target(miner)).errors()).containsExactly("polled by stock");
    }
    assertThat(REGISTRY.driverNamed("vnish")).contains(VNISH);
    assertThat(REGISTRY.driverNamed("whatsminer")).isEmpty();
  }

  private static Identification.Identified identified(Identification identification) {
    assertThat(identification).isInstanceOf(Identification.Identified.class);
    return (Identification.Identified) identification;
  }

  private static PollResult why(Identification identification) {
    assertThat(identification).isInstanceOf(Identification.NotIdentified.class);
    return ((Identification.NotIdentified) identification).why();
  }
}
