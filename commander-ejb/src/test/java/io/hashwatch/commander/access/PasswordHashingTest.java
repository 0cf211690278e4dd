package io.hashwatch.commander.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHashingTest {
  private static final String PASSWORD = "correct horse battery staple";
  private static String stored;

  @BeforeAll
  static void hashOnce() {
    stored = PasswordHashing.hash(PASSWORD);
  }

  @Test
  void storesTheAlgorithmIterationsSaltAndHash() {
    assertThat(stored.split("\\$"))
        .hasSize(4)
        .startsWith("pbkdf2-sha256", String.valueOf(PasswordHashing.ITERATIONS));
  }

  @Test
  void rightPasswordMatches() {
    assertThat(PasswordHashing.matches(PASSWORD, stored)).isTrue();
  }

  @Test
  void wrongPasswordDoesNotMatch() {
    assertThat(PasswordHashing.matches("correct horse battery stapler", stored)).isFalse();
    assertThat(PasswordHashing.matches("", stored)).isFalse();
  }

  @Test
  void twoHashesOfOnePasswordDiffer() {
    String other = PasswordHashing.hash(PASSWORD);

    assertThat(other).isNotEqualTo(stored);
    assertThat(PasswordHashing.matches(PASSWORD, other)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "secret",
        "pbkdf2-sha256",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==",
        "md5$1000$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaA==",
        "pbkdf2-sha256$many$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaA==",
        "pbkdf2-sha256$1000$not base64!$aGFzaGhhc2hoYXNoaGFzaA==",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==$not base64!",
        "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaA==",
        "pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaA==",
        "pbkdf2-sha256$1000$$aGFzaGhhc2hoYXNoaGFzaA==",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaA==$extra"
      })
  void malformedStoredHashDoesNotMatch(String malformed) {
    assertThat(PasswordHashing.matches(PASSWORD, malformed)).isFalse();
  }
}
