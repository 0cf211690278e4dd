package io.hashwatch.sentry.gpus;

import static io.hashwatch.sentry.gpus.NvidiaGpus.nvidia;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.hashwatch.protocols.testing.Fixtures;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** nvidia-smi's {@code -q}: the indented text, for drivers without the query or the XML. */
class NvidiaQueryTextTest {
  private static final String RTX_2080 = "NVIDIA GeForce RTX 2080 SUPER";
  private static final String RTX_4080 = "NVIDIA GeForce RTX 4080 SUPER";

  static Stream<Arguments> recorded() {
    return Stream.of(
        Arguments.of(
            "linux_rtx-2080-super_595.71.05.idle",
            nvidia(
                RTX_2080, 37.62, "0000:0c:00.0", 40.0, null, 38, 250.0, 300, 405, 214L, 8192L, 0)),
        Arguments.of(
            "linux_rtx-2080-super_595.71.05.load",
            nvidia(
                RTX_2080,
                98.55,
                "0000:0c:00.0",
                45.0,
                null,
                38,
                250.0,
                2055,
                7500,
                819L,
                8192L,
                8)),
        Arguments.of(
            "linux_rtx-4080-super_595.71.05.idle",
            nvidia(
                RTX_4080, 25.92, "0000:01:00.0", 43.0, null, 0, 320.0, 210, 405, 596L, 16376L, 0)),
        Arguments.of(
            "linux_rtx-4080-super_595.71.05.load",
            nvidia(
                RTX_4080,
                84.03,
                "0000:01:00.0",
                45.0,
                null,
                0,
                320.0,
                2805,
                11251,
                1474L,
                16376L,
                7)),
        Arguments.of(
            "windows_rtx-2080-super_591.86.idle",
            nvidia(
                RTX_2080, 38.92, "0000:0c:00.0", 40.0, null, 38, 250.0, 300, 405, 702L, 8192L, 0)),
        Arguments.of(
            "windows_rtx-2080-super_591.86.load",
            nvidia(
                RTX_2080,
                97.49,
                "0000:0c:00.0",
                45.0,
                null,
                38,
                250.0,
                2055,
                7500,
                1296L,
                8192L,
                7)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recorded")
  void readsEveryFigureOfARecordedAnswer(String capture, GpuTelemetry expected) {
    NvidiaListing listing =
        NvidiaQueryText.parse(Fixtures.text("nvidia-smi/q/" + capture + ".nvidia-smi-q.txt"));

    assertThat(listing.gpus()).containsExactly(expected);
    assertThat(listing.lost()).isEmpty();
    assertThat(listing.problems()).isEmpty();
  }

  @Test
  void readsAnOlderDriversSectionsAndSeveralGpus() {
    String answer =
        """
        ==============NVSMI LOG==============

        Attached GPUs                       : 3
        GPU 0000:01:00.0
            Product Name                    : GeForce GTX 1080 Ti
            Fan Speed                       : 45 %
            FB Memory Usage
                Total                       : 11172 MiB
                Used                        : 2 MiB
            Utilization
                Gpu                         : 97 %
            Temperature
                GPU Current Temp            : 66 C
            Power Readings
                Power Draw                  : 212.17 W
                Power Limit                 : 250.00 W
                Enforced Power Limit        : 220.00 W
            Clocks
                Graphics                    : 1873 MHz
                SM                          : 1873 MHz
                Memory                      : 5508 MHz
            Max Clocks
                SM                          : 1911 MHz

        GPU 0000:02:00.0
            Product Name                    : GeForce GTX 1080 Ti
            Fan Speed                       : Unknown Error
        Unable to determine the device handle for GPU 0000:03:00.0: Unknown Error
        """;

    NvidiaListing listing = NvidiaQueryText.parse(answer);

    assertThat(listing.gpus())
        .containsExactly(
            nvidia(
                "GeForce GTX 1080 Ti",
                212.17,
                "0000:01:00.0",
                66.0,
                null,
                45,
                220.0,
                1873,
                5508,
                2L,
                11172L,
                97),
            nvidia(
                "GeForce GTX 1080 Ti",
                null,
                "0000:02:00.0",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
    assertThat(listing.lost()).containsExactly(entry("0000:03:00.0", "nvidia-smi: Unknown Error"));
  }
}
