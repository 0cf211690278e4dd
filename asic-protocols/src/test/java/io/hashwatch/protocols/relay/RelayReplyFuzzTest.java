package io.hashwatch.protocols.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hashwatch.protocols.relay.modbus.ModbusAnswer;
import io.hashwatch.protocols.relay.shelly1.ShellyGen1Replies;
import io.hashwatch.protocols.relay.shelly2.ShellyRpcReplies;
import io.hashwatch.protocols.relay.tasmota.TasmotaReplies;
import io.hashwatch.protocols.transport.DeviceException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Throws 100,000 mutated replies at each relay parser, starting from real or documented replies:
 * whatever the bytes, a parser answers or throws a {@link DeviceException}, and never hangs.
 */
class RelayReplyFuzzTest {
  private static final int MUTANTS = 100_000;
  private static final byte[] SPECIAL =
      "{}[]\":,\\0-eE.+ \u0000\n".getBytes(StandardCharsets.UTF_8);

  /** One parser, fed the bytes of a reply. */
  @FunctionalInterface
  interface Parser {
    void parse(byte[] reply) throws DeviceException, IOException;
  }

  @Test
  void shellyGen1RelayReplies() {
    fuzz(
        List.of(
            utf8(
                "{\"ison\":true,\"has_timer\":false,\"timer_started\":0,\"timer_duration\":0,"
                    + "\"timer_remaining\":0,\"overpower\":false,\"source\":\"http\"}")),
        reply -> ShellyGen1Replies.relay(text(reply)));
  }

  @Test
  void shellyGen1MeterReplies() {
    fuzz(
        List.of(
            utf8(
                "{\"power\":1432.57,\"overpower\":0.00,\"is_valid\":true,\"timestamp\":1700000000,"
                    + "\"counters\":[1430.1,1431.2,1432.0],\"total\":5012}")),
        reply -> ShellyGen1Replies.meterPower(text(reply)));
  }

  @Test
  void shellyGen2StatusReplies() {
    fuzz(
        List.of(
            utf8(
                "{\"id\":0,\"source\":\"http\",\"output\":true,\"apower\":3180.4,"
                    + "\"voltage\":237.5,\"temperature\":{\"tC\":47.3,\"tF\":117.2}}"),
            utf8("{\"code\":-105,\"message\":\"Argument 'id', value 4 not found!\"}")),
        reply ->
            ShellyRpcReplies.switchStatus(
                ShellyRpcReplies.result("Switch.GetStatus", text(reply))));
  }

  @Test
  void shellyGen2SetReplies() {
    fuzz(
        List.of(
            utf8("{\"was_on\":true}"),
            utf8("{\"id\":1,\"src\":\"shellyplus1pm-a8032ab12345\",\"result\":{\"was_on\":false}}"),
            utf8(
                "{\"id\":1,\"src\":\"shellyplus1pm-a8032ab12345\",\"error\":{\"code\":-103,"
                    + "\"message\":\"Resource 'switch:0' is locked\"}}")),
        reply ->
            ShellyRpcReplies.requireSetResult(ShellyRpcReplies.result("Switch.Set", text(reply))));
  }

  @Test
  void tasmotaPowerReplies() {
    fuzz(
        List.of(
            utf8("{\"POWER\":\"ON\"}"),
            utf8("{\"POWER1\":\"ON\",\"POWER2\":\"OFF\"}"),
            utf8("{\"WARNING\":\"Need user=<username>&password=<password>\"}")),
        reply -> TasmotaReplies.power(TasmotaReplies.reply("Power1", text(reply)), 1));
  }

  @Test
  void tasmotaEnergyReplies() {
    fuzz(
        List.of(
            utf8(
                "{\"StatusSNS\":{\"Time\":\"2024-05-01T12:00:00\",\"ENERGY\":{\"Total\":812.4,"
                    + "\"Power\":[11.5,1620.25],\"Voltage\":231}}}"),
            utf8("{\"Command\":\"Unknown\"}")),
        reply -> TasmotaReplies.energyPower(TasmotaReplies.reply("Status 8", text(reply)), 2));
  }

  @Test
  void modbusAnswers() {
    HexFormat hex = HexFormat.of();
    fuzz(
        List.of(
            hex.parseHex("000100000006010500 00ff00".replace(" ", "")),
            hex.parseHex("00010000000401010101"),
            hex.parseHex("000100000003018502")),
        reply -> {
          InputStream in = new ByteArrayInputStream(reply);
          byte function = reply.length > 7 ? reply[7] : 0x01;
          byte[] pdu = ModbusAnswer.read(in, 1, function, "fuzz");
          if (function == 0x05) {
            ModbusAnswer.requireEcho(hex.parseHex("050000ff00"), pdu, "fuzz");
          } else {
            ModbusAnswer.firstCoil(pdu, "fuzz");
          }
        });
  }

  private static void fuzz(List<byte[]> seeds, Parser parser) {
    Random random = new Random(20240501L);
    int[] outcomes = new int[2];
    assertTimeoutPreemptively(
        Duration.ofSeconds(120),
        () -> {
          for (int i = 0; i < MUTANTS; i++) {
            byte[] mutant = mutate(seeds, random);
            try {
              parser.parse(mutant);
              outcomes[0]++;
            } catch (DeviceException expected) {
              outcomes[1]++;
            } catch (RuntimeException | IOException | Error e) {
              fail("mutant " + HexFormat.of().formatHex(mutant) + " (" + text(mutant) + ")", e);
            }
          }
        });
    // the mutants must reach both sides: some still read, most are refused
    assertThat(outcomes[0]).isPositive();
    assertThat(outcomes[1]).isPositive();
  }

  private static byte[] mutate(List<byte[]> seeds, Random random) {
    byte[] bytes = seeds.get(random.nextInt(seeds.size())).clone();
    for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
      int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
      bytes =
          switch (random.nextInt(6)) {
            case 0 -> flip(bytes, at, random);
            case 1 -> replace(bytes, at, SPECIAL[random.nextInt(SPECIAL.length)]);
            case 2 -> splice(bytes, at, new byte[0], 1 + random.nextInt(8));
            case 3 -> splice(bytes, at, randomBytes(random), 0);
            case 4 -> Arrays.copyOf(bytes, at);
            default -> splice(bytes, at, digits(random), 0);
          };
    }
    return bytes;
  }

  private static byte[] flip(byte[] bytes, int at, Random random) {
    if (bytes.length > 0) {
      bytes[at] ^= (byte) (1 << random.nextInt(8));
    }
    return bytes;
  }

  private static byte[] replace(byte[] bytes, int at, byte value) {
    if (bytes.length > 0) {
      bytes[at] = value;
    }
    return bytes;
  }

  /** {@code bytes} with {@code removed} bytes at {@code at} replaced by {@code inserted}. */
  private static byte[] splice(byte[] bytes, int at, byte[] inserted, int removed) {
    int cut = Math.min(removed, bytes.length - at);
    byte[] result = new byte[bytes.length - cut + inserted.length];
    System.arraycopy(bytes, 0, result, 0, at);
    System.arraycopy(inserted, 0, result, at, inserted.length);
    System.arraycopy(bytes, at + cut, result, at + inserted.length, bytes.length - at - cut);
    return result;
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[1 + random.nextInt(6)];
    random.nextBytes(bytes);
    return bytes;
  }

  /** Numbers that stress a parser: huge exponents, long digit runs. */
  private static byte[] digits(Random random) {
    String[] numbers = {"1e999999999", "-0", "1e-999999999", "99999999999999999999999", "1.5E308"};
    return utf8(numbers[random.nextInt(numbers.length)]);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
