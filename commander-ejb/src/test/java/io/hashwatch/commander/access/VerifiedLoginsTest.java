package io.hashwatch.commander.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedLoginsTest {
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  private final VerifiedLogins logins = at(T0);

  @Test
  void aCheckedPairCountsWhileTheStoredHashIsTheSame() {
    logins.remember("op", "secret-pass", "hash-1");

    assertThat(logins.isVerified("op", "secret-pass", "hash-1")).isTrue();
    assertThat(logins.isVerified("op", "secret-pass", "hash-2"))
        .as("the password was changed since")
        .isFalse();
    assertThat(logins.isVerified("op", "other-pass", "hash-1")).isFalse();
    assertThat(logins.isVerified("other", "secret-pass", "hash-1")).isFalse();
  }

  @Test
  void aForgottenUserIsCheckedAgain() {
    logins.remember("op", "secret-pass", "hash-1");
    logins.remember("viewer", "secret-pass", "hash-9");

    logins.forget("op");

    assertThat(logins.isVerified("op", "secret-pass", "hash-1")).isFalse();
    assertThat(logins.isVerified("viewer", "secret-pass", "hash-9")).isTrue();
  }

  @Test
  void anEntryExpires() {
    logins.remember("op", "secret-pass", "hash-1");

    logins.clock = Clock.fixed(T0.plus(VerifiedLogins.TTL), ZoneOffset.UTC);

    assertThat(logins.isVerified("op", "secret-pass", "hash-1")).isFalse();
  }

  private static VerifiedLogins at(Instant now) {
    VerifiedLogins logins = new VerifiedLogins();
    logins.clock = Clock.fixed(now, ZoneOffset.UTC);
    return logins;
  }
}
