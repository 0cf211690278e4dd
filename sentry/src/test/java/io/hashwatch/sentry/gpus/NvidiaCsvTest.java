package io.hashwatch.sentry.gpus;

import static io.hashwatch.sentry.gpus.NvidiaGpus.nvidia;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.hashwatch.protocols.testing.Fixtures;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** nvidia-smi's {@code --query-gpu} answers: the recorded ones (with header) and our own query. */
class NvidiaCsvTest {
  private static final String RTX_2080 = "NVIDIA GeForce RTX 2080 SUPER";
  private static final String RTX_4080 = "NVIDIA GeForce RTX 4080 SUPER";

  static Stream<Arguments> recorded() {
    return Stream.of(
        Arguments.of(
            "linux_rtx-2080-super_595.71.05.idle",
            nvidia(
                RTX_2080, 39.32, "0000:0c:00.0", 40.0, null, 38, 250.0, 765, 810, 214L, 8192L, 0)),
        Arguments.of(
            "linux_rtx-2080-super_595.71.05.load",
            nvidia(
                RTX_2080,
                111.50,
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
                RTX_4080, 26.20, "0000:01:00.0", 43.0, null, 0, 320.0, 210, 405, 596L, 16376L, 0)),
        Arguments.of(
            "linux_rtx-4080-super_595.71.05.load",
            nvidia(
                RTX_4080,
                84.24,
                "0000:01:00.0",
                46.0,
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
                RTX_2080, 38.92, "0000:0c:00.0", 40.0, null, 37, 250.0, 300, 405, 702L, 8192L, 0)),
        Arguments.of(
            "windows_rtx-2080-super_591.86.load",
            nvidia(
                RTX_2080,
                97.43,
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
  void readsEveryFigureOfARecordedQuery(String capture, GpuTelemetry expected) {
    NvidiaListing listing =
        NvidiaCsv.parseWithHeader(Fixtures.text("nvidia-smi/csv/" + capture + ".query-gpu.csv"));

    assertThat(listing.gpus()).containsExactly(expected);
    assertThat(listing.lost()).isEmpty();
    assertThat(listing.problems()).isEmpty();
  }

  @Test
  void readsTwoGpusAndLeavesTheFieldsNotAskedAbsent() {
    NvidiaListing listing =
        NvidiaCsv.parseWithHeader(Fixtures.text("nvidia-smi/csv/query_gpu_exporter_testdata.csv"));

    assertThat(listing.gpus())
        .containsExactly(
            nvidia(
                RTX_2080, null, "0000:01:00.0", null, null, 38, null, null, null, 575L, null, null),
            nvidia(
                "Some Other GPU",
                null,
                "0000:02:00.0",
                null,
                null,
                50,
                null,
                null,
                null,
                1234L,
                null,
                null));
  }

  @Test
  void readsTheSentrysOwnQueryWithoutUnitsAndLeavesWordsAbsent() {
    String answer =
        "00000000:01:00.0, NVIDIA GeForce RTX 3080, 61, [N/A], 72, 221.37, 250.00, 320.00, 1710,"
            + " 9251, 9184, 10240, 100\n"
            + "00000000:02:00.0, NVIDIA GeForce GTX 1070, 55, [Not Supported], [Unknown Error],"
            + " [N/A], [Requested functionality has been deprecated], 151.00, 1506, 4006, 4080,"
            + " 8192, 99\n";

    NvidiaListing listing = NvidiaCsv.parse(NvidiaField.QUERY, answer);

    assertThat(listing.gpus())
        .containsExactly(
            nvidia(
                "NVIDIA GeForce RTX 3080",
                221.37,
                "0000:01:00.0",
                61.0,
                null,
                72,
                250.0,
                1710,
                9251,
                9184L,
                10240L,
                100),
            nvidia(
                "NVIDIA GeForce GTX 1070",
                null,
                "0000:02:00.0",
                55.0,
                null,
                null,
                151.0,
                1506,
                4006,
                4080L,
                8192L,
                99));
  }

  @Test
  void aGpuThatIsLostIsReportedAndTheOthersStillRead() {
    String answer =
        "00000000:01:00.0, NVIDIA GeForce RTX 3080, 61, [N/A], 72, 221.37, 250.00, 320.00, 1710,"
            + " 9251, 9184, 10240, 100\n"
            + "00000000:02:00.0, [GPU is lost], [GPU is lost], [GPU is lost], [GPU is lost],"
            + " [GPU is lost], [GPU is lost], [GPU is lost], [GPU is lost], [GPU is lost],"
            + " [GPU is lost], [GPU is lost], [GPU is lost]\n"
            + "Unable to determine the device handle for GPU0000:03:00.0: Unknown Error\n"
            + "Unable to determine the device handle for GPU 0000:04:00.0: GPU is lost.  Reboot"
            + " the system to recover this GPU\n";

    NvidiaListing listing = NvidiaCsv.parse(NvidiaField.QUERY, answer);

    assertThat(listing.gpus()).extracting(GpuTelemetry::busId).containsExactly("0000:01:00.0");
    assertThat(listing.lost())
        .containsOnly(
            entry("0000:02:00.0", "nvidia-smi: GPU is lost"),
            entry("0000:03:00.0", "nvidia-smi: Unknown Error"),
            entry(
                "0000:04:00.0", "nvidia-smi: GPU is lost. Reboot the system to recover this GPU"));
    assertThat(listing.problems()).isEmpty();
  }

  @Test
  void aLineOfTheWrongShapeOrWithoutBusIdIsAProblemNotACrash() {
    String answer =
        "00000000:01:00.0, NVIDIA GeForce RTX 3080, 61\n"
            + "[N/A], NVIDIA GeForce RTX 3080, 61, [N/A], 72, 221.37, 250.00, 320.00, 1710, 9251,"
            + " 9184, 10240, 100\n";

    NvidiaListing listing = NvidiaCsv.parse(NvidiaField.QUERY, answer);

    assertThat(listing.gpus()).isEmpty();
    assertThat(listing.problems())
        .containsExactly(
            "nvidia-smi wrote a line of 3 values where 13 were asked: 00000000:01:00.0, NVIDIA"
                + " GeForce RTX 3080, 61",
            "nvidia-smi listed a GPU without a readable bus id (NVIDIA GeForce RTX 3080)");
  }

  @Test
  void aFigureOutOfRangeIsAbsentRatherThanRejectingTheGpu() {
    NvidiaListing listing =
        NvidiaCsv.parse(
            List.of("pci.bus_id", "fan.speed", "utilization.gpu", "power.draw"),
            "00000000:01:00.0, 112, -1, -5.0\n");

    assertThat(listing.gpus())
        .containsExactly(
            nvidia(
                null, null, "0000:01:00.0", null, null, null, null, null, null, null, null, null));
  }
}
