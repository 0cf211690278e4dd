package io.hashwatch.sentry.gpus;

import static io.hashwatch.sentry.gpus.NvidiaGpus.nvidia;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.protocols.transport.MalformedReplyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * nvidia-smi's {@code -q -x}: schemas v10 to v13, {@code power_readings} before v12 and {@code
 * gpu_power_readings} after, the DOCTYPE never fetched.
 */
class NvidiaXmlTest {
  @TempDir Path dir;

  static Stream<Arguments> recorded() {
    return Stream.of(
        Arguments.of(
            "gtx-1070-ti",
            nvidia(
                "GeForce GTX 1070 Ti",
                null,
                "0000:01:00.0",
                39.0,
                null,
                100,
                null,
                135,
                405,
                42L,
                4096L,
                0)),
        Arguments.of(
            "gtx-1660-ti",
            nvidia(
                "Graphics Device",
                8.93,
                "0000:43:00.0",
                40.0,
                null,
                0,
                130.0,
                300,
                405,
                0L,
                5912L,
                0)),
        Arguments.of(
            "rtx-3060-v12",
            nvidia(
                "NVIDIA GeForce RTX 3060",
                11.60,
                "0000:2d:00.0",
                42.0,
                null,
                0,
                170.0,
                210,
                405,
                116L,
                12288L,
                0)),
        Arguments.of(
            "rtx-3080-v12",
            nvidia(
                "NVIDIA GeForce RTX 3080",
                22.78,
                "0000:04:00.0",
                31.0,
                null,
                0,
                336.0,
                210,
                405,
                1128L,
                10240L,
                0)),
        Arguments.of(
            "rtx-3080-v13",
            nvidia(
                "NVIDIA GeForce RTX 3080",
                139.62,
                "0000:0c:00.0",
                27.0,
                null,
                0,
                320.0,
                1950,
                9251,
                9184L,
                10240L,
                65)),
        Arguments.of(
            "tesla-t4",
            nvidia(
                "Tesla T4",
                26.78,
                "0000:00:1e.0",
                40.0,
                null,
                null,
                70.0,
                585,
                5000,
                1032L,
                15360L,
                0)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recorded")
  void readsEveryFigureOfARecordedAnswer(String fixture, GpuTelemetry expected) throws Exception {
    NvidiaListing listing = NvidiaXml.parse(Fixtures.text("nvidia-smi/xml/" + fixture + ".xml"));

    assertThat(listing.gpus()).containsExactly(expected);
    assertThat(listing.lost()).isEmpty();
    assertThat(listing.problems()).isEmpty();
  }

  @Test
  void anExternalEntityIsNeverRead() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
    String xml =
        "<?xml version=\"1.0\" ?>\n"
            + "<!DOCTYPE nvidia_smi_log [<!ENTITY leak SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + "<nvidia_smi_log><gpu id=\"00000000:01:00.0\">"
            + "<product_name>RTX &leak;</product_name></gpu></nvidia_smi_log>";

    String name;
    try {
      name = NvidiaXml.parse(xml).gpus().get(0).model();
    } catch (MalformedReplyException refused) {
      name = refused.getMessage();
    }

    assertThat(name).doesNotContain("TOP-SECRET");
  }

  @Test
  void theDtdItNamesIsNotFetched() throws Exception {
    Path dtd = Files.writeString(dir.resolve("nvsmi.dtd"), "<!ENTITY gpuname \"FETCHED\">");
    String xml =
        "<?xml version=\"1.0\" ?>\n<!DOCTYPE nvidia_smi_log SYSTEM \""
            + dtd.toUri()
            + "\">\n<nvidia_smi_log><gpu id=\"00000000:01:00.0\">"
            + "<product_name>RTX</product_name></gpu></nvidia_smi_log>";

    assertThat(NvidiaXml.parse(xml).gpus()).extracting(GpuTelemetry::model).containsExactly("RTX");
  }

  @Test
  void aGpuItCannotReachBeforeTheDocumentIsLost() throws Exception {
    String answer =
        "Unable to determine the device handle for GPU 0000:02:00.0: GPU is lost.  Reboot the"
            + " system to recover this GPU\n"
            + Fixtures.text("nvidia-smi/xml/rtx-3080-v13.xml");

    NvidiaListing listing = NvidiaXml.parse(answer);

    assertThat(listing.gpus()).extracting(GpuTelemetry::busId).containsExactly("0000:0c:00.0");
    assertThat(listing.lost())
        .containsExactly(
            entry(
                "0000:02:00.0", "nvidia-smi: GPU is lost. Reboot the system to recover this GPU"));
  }

  @Test
  void aGpuWhoseValuesSayItIsLostIsLost() throws Exception {
    String xml =
        "<nvidia_smi_log><gpu id=\"00000000:05:00.0\">"
            + "<product_name>GPU is lost</product_name>"
            + "<temperature><gpu_temp>GPU is lost</gpu_temp></temperature></gpu></nvidia_smi_log>";

    assertThat(NvidiaXml.parse(xml).lost())
        .containsExactly(entry("0000:05:00.0", "nvidia-smi: GPU is lost"));
  }

  @Test
  void somethingElseThanItsDocumentIsAClearError() {
    assertThatThrownBy(() -> NvidiaXml.parse("<nvidia_smi_log><gpu>"))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessageStartingWith("nvidia-smi -q -x wrote no readable XML");
    assertThatThrownBy(() -> NvidiaXml.parse("NVIDIA-SMI has failed"))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessage("nvidia-smi -q -x wrote no <nvidia_smi_log>");
  }
}
