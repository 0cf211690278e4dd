package io.hashwatch.sentry.programs.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.json.JsonReplies;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.transport.DeviceConnectException;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceResponseException;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures of programs' GPUs, their sums, and the secrets kept out of messages. */
class DeviceFiguresTest {

  static JsonObject json(String text) throws Exception {
    return JsonReplies.object(text, "test");
  }

  @Test
  void aSensorAtZeroIsNoReading() throws Exception {
    JsonObject gpu = json("{\"t\":0,\"hot\":64.5,\"garbage\":511,\"w\":0,\"draw\":\"182 W\"}");

    assertThat(DeviceFigures.temperature(gpu, "t")).isNull();
    assertThat(DeviceFigures.temperature(gpu, "hot")).isEqualTo(64.5);
    assertThat(DeviceFigures.temperature(gpu, "garbage")).isNull();
    assertThat(DeviceFigures.power(gpu, "w")).isNull();
    assertThat(DeviceFigures.power(gpu, "draw")).isEqualTo(182.0);
  }

  @Test
  void busNumbersAreDecimalAndAddressesNormalized() throws Exception {
    JsonObject gpu =
        json("{\"n\":13,\"big\":300,\"half\":1.5,\"gminer\":\"0000:0A:00.0\",\"lol\":\"10:0\"}");

    assertThat(DeviceFigures.busOfNumber(gpu, "n")).isEqualTo("0000:0d:00.0");
    assertThat(DeviceFigures.busOfNumber(gpu, "big")).isNull();
    assertThat(DeviceFigures.busOfNumber(gpu, "half")).isNull();
    assertThat(DeviceFigures.busOfAddress(gpu, "gminer")).isEqualTo("0000:0a:00.0");
    assertThat(DeviceFigures.busOfAddress(gpu, "lol")).isEqualTo("0000:0a:00.0");
  }

  @Test
  void sumsStayAbsentUntilADeviceGivesThemAndNeverWrap() {
    DeviceTally tally = new DeviceTally();
    tally.add(0, 10.0, null, null, null);
    assertThat(tally.powerW()).isNull();
    assertThat(tally.errors()).isNull();

    tally.add(1, 5.0, 60.0, "0000:01:00.0", 100.0);
    tally.addErrors(Long.MAX_VALUE);
    tally.addErrors(5L);

    assertThat(tally.powerW()).isEqualTo(100.0);
    assertThat(tally.errors()).isEqualTo(Long.MAX_VALUE);
    assertThat(tally.boards())
        .containsExactly(
            new Board(0, 10.0, null, null, null, null, null),
            new Board(1, 5.0, 60.0, null, null, null, "0000:01:00.0"));
  }

  @Test
  void moreDevicesThanAReadingHoldsAreCutAndSaidSo() {
    DeviceTally tally = new DeviceTally();
    for (int i = 0; i < 70; i++) {
      tally.add(i, 1.0, null, null, 1.0);
    }
    List<String> notes = new ArrayList<>();
    tally.noteDropped(notes);

    assertThat(tally.boards()).hasSize(64);
    assertThat(tally.powerW()).as("the power of all of them").isEqualTo(70.0);
    assertThat(notes).containsExactly("the program reported 70 devices; the first 64 are kept");
  }

  @Test
  void secretsAreTakenOutOfMessages() {
    DeviceException failure =
        new DeviceConnectException(
            "cannot connect to http://127.0.0.1:4067/login?password=my+key: refused", null);

    DeviceException redacted = ProgramHttp.redacted(failure, "my key");

    assertThat(redacted).isInstanceOf(DeviceConnectException.class);
    assertThat(redacted.getMessage())
        .isEqualTo("cannot connect to http://127.0.0.1:4067/login?password=***: refused");
    assertThat(
            ProgramHttp.redacted(
                    new DeviceConnectException("http://127.0.0.1:4067/login?password=1", null), "1")
                .getMessage())
        .as("a short key leaves the rest as it was")
        .isEqualTo("http://127.0.0.1:4067/login?password=***");
    assertThat(
            ((DeviceResponseException)
                    ProgramHttp.redacted(new DeviceResponseException(403, "sid=abc"), "abc"))
                .code())
        .isEqualTo(403);
  }
}
