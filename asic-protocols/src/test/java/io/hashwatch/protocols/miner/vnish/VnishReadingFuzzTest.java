package io.hashwatch.protocols.miner.vnish;

import io.hashwatch.protocols.testing.DamagedPolls;
import org.junit.jupiter.api.Test;

/**
 * 100,000 polls with damaged replies (one or two commands damaged each time): the parser always
 * gives a result that converts to JSON, and nothing escapes it.
 */
class VnishReadingFuzzTest {

  @Test
  void damaged_replies_give_a_result_and_nothing_escapes() {
    DamagedPolls.check(
        VnishReadingTest.recorded(),
        VnishReading.COMMANDS,
        0x5121,
        replies -> VnishReading.read(replies, VnishReadingTest.S21_PRO));
  }
}
