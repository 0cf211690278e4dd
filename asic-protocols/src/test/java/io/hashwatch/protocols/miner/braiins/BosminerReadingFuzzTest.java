package io.hashwatch.protocols.miner.braiins;

import io.hashwatch.protocols.testing.DamagedPolls;
import org.junit.jupiter.api.Test;

/**
 * 100,000 polls with damaged replies (one or two commands damaged each time): the parser always
 * gives a result that converts to JSON, and nothing escapes it.
 */
class BosminerReadingFuzzTest {

  @Test
  void damaged_replies_give_a_result_and_nothing_escapes() {
    DamagedPolls.check(
        BosminerReadingTest.documentedS9(),
        BosminerReading.COMMANDS,
        0x805,
        replies -> BosminerReading.read(replies, BosminerReadingTest.S9));
  }
}
