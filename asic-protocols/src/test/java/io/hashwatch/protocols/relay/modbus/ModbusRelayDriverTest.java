package io.hashwatch.protocols.relay.modbus;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.relay.RelayDriver;
import io.hashwatch.protocols.relay.RelayFailure;
import io.hashwatch.protocols.relay.RelayRegistry;
import io.hashwatch.protocols.relay.RelayState;
import io.hashwatch.protocols.testing.TcpStandIn;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ModbusRelayDriverTest {

  private static RelayDriver driver(String url) {
    return RelayRegistry.driverFor(url);
  }

  @Test
  void writesTheCoilWithTheFramesOfTheSpecAndReadsItBack() throws Exception {
    try (ModbusStandIn board = new ModbusStandIn(8)) {
      RelayDriver relay = driver("modbus://127.0.0.1:" + board.port() + "/unit/1/coil/0");

      assertThat(relay.off()).isEqualTo(RelayState.of(false));
      assertThat(board.isOn(0)).isFalse();
      assertThat(relay.state()).isEqualTo(RelayState.of(false));
      assertThat(relay.on()).isEqualTo(RelayState.of(true));
      assertThat(relay.state()).isEqualTo(RelayState.of(true));

      // PROTOCOLS.md section 10: relay 1 ON, transaction 1, unit 1 is 00 01 00 00 00 06 01 05 00
      // 00 FF 00; transaction ids count up
      assertThat(board.frames())
          .containsExactly(
              "00 01 00 00 00 06 01 05 00 00 00 00",
              "00 02 00 00 00 06 01 01 00 00 00 01",
              "00 03 00 00 00 06 01 05 00 00 ff 00",
              "00 04 00 00 00 06 01 01 00 00 00 01");
    }
  }

  @Test
  void addressesTheUnitAndCoilOfTheUrl() throws Exception {
    try (ModbusStandIn board = new ModbusStandIn(16)) {
      assertThat(driver("modbus://127.0.0.1:" + board.port() + "/unit/255/coil/12").off())
          .isEqualTo(RelayState.of(false));

      assertThat(board.isOn(12)).isFalse();
      assertThat(board.isOn(0)).isTrue();
      assertThat(board.frames()).containsExactly("00 01 00 00 00 06 ff 05 00 0c 00 00");
    }
  }

  @Test
  void anExceptionResponseIsARefusalThatNamesItsCode() throws Exception {
    try (ModbusStandIn board = new ModbusStandIn(4)) {
      assertThat(driver("modbus://127.0.0.1:" + board.port() + "/coil/9").on())
          .isInstanceOfSatisfying(
              RelayFailure.class,
              failure -> {
                assertThat(failure.refused()).isTrue();
                assertThat(failure.reason())
                    .endsWith("refused function 0x05 with exception 2 (illegal data address)");
              });

      board.failWith(0x06);
      assertThat(driver("modbus://127.0.0.1:" + board.port() + "/coil/0").state())
          .isInstanceOfSatisfying(
              RelayFailure.class,
              failure ->
                  assertThat(failure.reason())
                      .endsWith("refused function 0x01 with exception 6 (server device busy)"));
    }
  }

  @Test
  void aHungBoardTimesOut() throws Exception {
    try (TcpStandIn hung = TcpStandIn.hanging()) {
      long start = System.nanoTime();
      assertThat(driver("modbus://127.0.0.1:" + hung.port() + "/coil/0?timeout=300ms").off())
          .isInstanceOfSatisfying(
              RelayFailure.class,
              failure -> {
                assertThat(failure.refused()).isFalse();
                assertThat(failure.reason()).contains("did not answer within 300 ms");
              });
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }
  }

  @Test
  void aBoardInRtuOverTcpModeOrAnotherProtocolIsAGarbledReply() throws Exception {
    // an RTU frame (unit 1, echo of write coil 0 on, CRC) where an MBAP header was expected
    byte[] rtu = HexFormat.of().parseHex("01050000ff008c3a");
    try (TcpStandIn board = TcpStandIn.answering(rtu)) {
      assertThat(driver("modbus://127.0.0.1:" + board.port() + "/coil/0").on())
          .isInstanceOfSatisfying(
              RelayFailure.class,
              failure -> {
                assertThat(failure.refused()).isFalse();
                assertThat(failure.reason()).contains("not RTU over TCP");
              });
    }
  }

  @Test
  void anAnswerCutShortOrAnnouncingAnImpossibleLengthIsAGarbledReply() throws Exception {
    byte[] cutShort = HexFormat.of().parseHex("0001000000060105");
    byte[] tooLong = HexFormat.of().parseHex("000100000400010500");
    try (TcpStandIn first = TcpStandIn.answering(cutShort);
        TcpStandIn second = TcpStandIn.answering(tooLong)) {
      assertThat(driver("modbus://127.0.0.1:" + first.port() + "/coil/0").on())
          .isInstanceOfSatisfying(
              RelayFailure.class,
              failure ->
                  assertThat(failure.reason()).contains("closed the connection after 1 of 5"));
      assertThat(driver("modbus://127.0.0.1:" + second.port() + "/coil/0").on())
          .isInstanceOfSatisfying(
              RelayFailure.class,
              failure ->
                  assertThat(failure.reason()).contains("announces an answer of 1024 bytes"));
    }
  }

  @Test
  void aClosedPortIsAFailure() throws Exception {
    assertThat(driver("modbus://127.0.0.1:" + TcpStandIn.closedPort() + "/coil/0").state())
        .isInstanceOfSatisfying(
            RelayFailure.class,
            failure -> assertThat(failure.reason()).contains("cannot connect to 127.0.0.1:"));
  }
}
