package io.hashwatch.sentry.gpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** PCI addresses as each tool and program writes them, brought to {@code 0000:01:00.0}. */
class PciBusTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "00000000:01:00.0, 0000:01:00.0", // nvidia-smi: an eight-digit domain
    "00000000:0C:00.0, 0000:0c:00.0", // nvidia-smi writes hex in capitals
    "0000:07:00.0, 0000:07:00.0", // sysfs, rocm-smi, GMiner
    "0001:8a:1f.7, 0001:8a:1f.7", // a second domain, a device and function beyond 0
    "01:00.0, 0000:01:00.0", // xmrig
    "'  0b:00.0 ', 0000:0b:00.0", // spaces around it
    "1:0, 0000:01:00.0", // lolMiner: bus:device in decimal
    "10:0, 0000:0a:00.0", // decimal 10 is bus 0x0a
    "3, 0000:03:00.0", // ccminer and SRBMiner: a bare bus number
    "255, 0000:ff:00.0" // the last bus
  })
  void bringsEveryFormToOne(String written, String normalized) {
    assertThat(PciBus.normalize(written)).isEqualTo(normalized);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "GPU0",
        "[N/A]",
        "0000:01:00.8", // functions are 0 to 7
        "000000000:01:00.0", // nine digits of domain
        "00010000:01:00.0", // a domain beyond 16 bits
        "256", // no bus 256
        "1:32", // no device 32
        "1:0:0",
        "0x01",
        "-1"
      })
  void garbageIsNoAddress(String written) {
    assertThat(PciBus.normalize(written)).isNull();
  }
}
