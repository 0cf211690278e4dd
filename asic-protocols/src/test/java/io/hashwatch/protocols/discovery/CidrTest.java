package io.hashwatch.protocols.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CidrTest {

  @Test
  void listsTheHostsOfARangeWithoutNetworkAndBroadcast() {
    assertThat(Cidr.parse("10.0.1.0/29").addresses())
        .containsExactly("10.0.1.1", "10.0.1.2", "10.0.1.3", "10.0.1.4", "10.0.1.5", "10.0.1.6");
    assertThat(Cidr.parse("10.0.1.77/24").addresses()).hasSize(254).startsWith("10.0.1.1");
    assertThat(Cidr.parse("192.168.5.9").addresses()).containsExactly("192.168.5.9");
    assertThat(Cidr.parse("10.0.0.4/31").addresses()).containsExactly("10.0.0.4", "10.0.0.5");
    assertThat(Cidr.parse("172.16.0.0/16").addresses()).hasSize(65534);
  }

  @Test
  void refusesWhatIsNotASiteSizedIpv4Range() {
    for (String bad :
        new String[] {
          "10.0.0.0/15", "10.0.0/24", "10.0.0.256/24", "10.0.0.1/33", "x", "10.0.0.1/a", "::1/128"
        }) {
      assertThatThrownBy(() -> Cidr.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
