package io.hashwatch.protocols.cgminer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CgminerRequestsTest {

  @Test
  void aJsonRequestIsWholeWhenItsBracesCloseOutsideStrings() {
    assertThat(CgminerRequests.isWholeJson("{\"command\":\"summary\"}")).isTrue();
    assertThat(CgminerRequests.isWholeJson("{\"command\":\"pools\",\"parameter\":{\"a\":1}}"))
        .isTrue();
    assertThat(CgminerRequests.isWholeJson("{\"command\":\"a}\"")).isFalse();
    assertThat(CgminerRequests.isWholeJson("{\"command\":\"a\\\"}\"")).isFalse();
    assertThat(CgminerRequests.isWholeJson("{\"p\":{\"q\":1}")).isFalse();
  }

  @Test
  void aPlainRequestIsNotJson() {
    assertThat(CgminerRequests.isWholeJson("summary|")).isFalse();
    assertThat(CgminerRequests.isWholeJson("")).isFalse();
  }
}
