package io.hashwatch.protocols.miner.avalon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.testing.CgminerReplies;
import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.protocols.transport.MalformedReplyException;
import org.junit.jupiter.api.Test;

class AscsetReplyTest {

  @Test
  void theTextReplyToAnAscset() throws Exception {
    AscsetReply reply =
        AscsetReply.parse(Fixtures.text("avalon-foreman/ascset_0_led_1-1.response.txt"));

    assertThat(reply).isEqualTo(new AscsetReply("S", 119, "ASC 0 set OK"));
    assertThat(reply.result("led")).isEqualTo(new ActionResult.Done("ASC 0 set OK"));
  }

  @Test
  void softOffAndSoftOnSayTheyDidIt() throws Exception {
    AscsetReply off = AscsetReply.parse(Fixtures.text("avalon-asicrs/ascset_softoff.json"));
    AscsetReply on = AscsetReply.parse(Fixtures.text("avalon-asicrs/ascset_softon.json"));

    assertThat(off)
        .isEqualTo(new AscsetReply("I", 118, "ASC 0 set info: success softoff:1753434821"));
    assertThat(off.result("sleep")).isInstanceOf(ActionResult.Done.class);
    assertThat(on.result("wake"))
        .isEqualTo(new ActionResult.Done("ASC 0 set info: success softon:1753434757"));
  }

  @Test
  void anInfoReplyWithoutSuccessIsNotDone() throws Exception {
    AscsetReply help = AscsetReply.parse(Fixtures.text("avalon-asicrs/ascset_help.json"));

    assertThat(help.code()).isEqualTo(118);
    assertThat(help.message()).startsWith("ASC 0 set info: help|voltage|fan-spd|");
    assertThat(help.result("sleep")).isInstanceOf(ActionResult.Failed.class);
  }

  @Test
  void escapedSeparatorsStayInTheirValue() throws Exception {
    AscsetReply reply =
        AscsetReply.parse(
            CgminerReplies.text("I", 1, 118, "ASC 0 set info: help|reboot|softon,x=1"));

    assertThat(reply.message()).isEqualTo("ASC 0 set info: help|reboot|softon,x=1");
  }

  @Test
  void aReplyWithoutStatusIsMalformed() {
    assertThatThrownBy(() -> AscsetReply.parse("")).isInstanceOf(MalformedReplyException.class);
    assertThatThrownBy(() -> AscsetReply.parse("Hello"))
        .isInstanceOf(MalformedReplyException.class);
    assertThatThrownBy(() -> AscsetReply.parse("{\"id\":1}"))
        .isInstanceOf(MalformedReplyException.class);
  }
}
