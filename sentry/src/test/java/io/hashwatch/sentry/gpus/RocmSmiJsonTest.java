package io.hashwatch.sentry.gpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.protocols.transport.MalformedReplyException;
import io.hashwatch.sentry.gpus.RocmSmiJson.RocmCard;
import org.junit.jupiter.api.Test;

/**
 * rocm-smi's JSON, ROCm 4.3 to 6.x: key names and what {@code Card series} holds change between
 * versions, every value is a string.
 */
class RocmSmiJsonTest {

  @Test
  void rocm6NamesTheCardBySeries() throws Exception {
    assertThat(RocmSmiJson.parse(Fixtures.text("amd-rocm-smi/rx6700xt_rocm602.json")))
        .containsExactly(new RocmCard("0000:07:00.0", "Navi 22 [Radeon RX 6700/6700 XT / 6800M]"));
  }

  @Test
  void rocm43PutsTheVendorIdInSeriesSoTheSkuNamesIt() throws Exception {
    assertThat(RocmSmiJson.parse(Fixtures.text("amd-rocm-smi/rx6700xt_rocm430.json")))
        .containsExactly(new RocmCard("0000:07:00.0", "67XA6S"));
  }

  @Test
  void aCardWithoutSeriesIsNamedBySku() throws Exception {
    assertThat(RocmSmiJson.parse(Fixtures.text("amd-rocm-smi/vega-10-XT.json")))
        .containsExactly(new RocmCard("0000:04:00.0", "D05101"));
  }

  @Test
  void readsEveryCardOfAServer() throws Exception {
    assertThat(RocmSmiJson.parse(Fixtures.text("amd-rocm-smi/mi100_rocm602.json")))
        .extracting(RocmCard::model)
        .containsOnly("Arcturus GL-XL [Instinct MI100]")
        .hasSize(4);
    assertThat(RocmSmiJson.parse(Fixtures.text("amd-rocm-smi/vega-20-WKS-GL-XE.json")))
        .containsExactly(new RocmCard("0000:63:00.0", "Radeon Instinct MI50 32GB"));
  }

  @Test
  void warningsBeforeTheDocumentAndOtherKeyCaseAreRead() throws Exception {
    String answer =
        "WARNING: AMD GPU device(s) is/are in a low-power state. Check power control/runtime_status\n"
            + "{\"card1\": {\"PCI Bus\": \"0000:0A:00.0\", \"Device ID\": \"0x744c\"},"
            + " \"card2\": {\"PCI Bus\": \"0000:0b:00.0\", \"Card Series\": \"Navi 31\"},"
            + " \"system\": {\"Driver version\": \"6.8.5\"}}";

    assertThat(RocmSmiJson.parse(answer))
        .containsExactly(
            new RocmCard("0000:0a:00.0", "AMD GPU 0x744c"),
            new RocmCard("0000:0b:00.0", "Navi 31"));
  }

  @Test
  void somethingElseThanJsonIsAClearError() {
    assertThatThrownBy(() -> RocmSmiJson.parse("ERROR: GPU[0] : Unable to open"))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessage("rocm-smi wrote no JSON");
    assertThatThrownBy(() -> RocmSmiJson.parse("{\"card0\": {"))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessageStartingWith("rocm-smi wrote no readable JSON");
  }
}
