package io.hashwatch.commander.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UserRulesTest {

  @Test
  void thePasswordIsEightToTwoHundredFiftySixCharacters() {
    assertThatThrownBy(() -> UserRules.checkPassword("1234567"))
        .isInstanceOf(UserRuleException.class)
        .hasMessage("a password is 8 to 256 characters");
    assertThatThrownBy(() -> UserRules.checkPassword(null)).isInstanceOf(UserRuleException.class);
    assertThatThrownBy(() -> UserRules.checkPassword("x".repeat(257)))
        .isInstanceOf(UserRuleException.class);
    assertThatCode(() -> UserRules.checkPassword("12345678")).doesNotThrowAnyException();
    assertThatCode(() -> UserRules.checkPassword("x".repeat(256))).doesNotThrowAnyException();
  }

  @Test
  void theLastAdminKeepsTheRole() {
    assertThatThrownBy(() -> UserRules.checkRoleChange("root", Role.ADMIN, Role.OPERATOR, 1))
        .isInstanceOf(UserRuleException.class)
        .hasMessage("root is the last admin: make another admin before changing this role");
    assertThatCode(() -> UserRules.checkRoleChange("root", Role.ADMIN, Role.ADMIN, 1))
        .doesNotThrowAnyException();
    assertThatCode(() -> UserRules.checkRoleChange("root", Role.ADMIN, Role.VIEWER, 2))
        .doesNotThrowAnyException();
    assertThatCode(() -> UserRules.checkRoleChange("op", Role.OPERATOR, Role.ADMIN, 1))
        .doesNotThrowAnyException();
    assertThatCode(() -> UserRules.checkRoleChange("op", Role.OPERATOR, Role.VIEWER, 1))
        .doesNotThrowAnyException();
  }

  @Test
  void nobodyDeletesHimselfNorTheLastAdmin() {
    assertThatThrownBy(() -> UserRules.checkDelete("root", "root", Role.ADMIN, 3))
        .isInstanceOf(UserRuleException.class)
        .hasMessage("you cannot delete yourself: another admin can");
    assertThatThrownBy(() -> UserRules.checkDelete("boss", "root", Role.ADMIN, 1))
        .isInstanceOf(UserRuleException.class)
        .hasMessage("root is the last admin and cannot be deleted");
    assertThatCode(() -> UserRules.checkDelete("boss", "root", Role.ADMIN, 2))
        .doesNotThrowAnyException();
    assertThatCode(() -> UserRules.checkDelete("boss", "op", Role.OPERATOR, 1))
        .doesNotThrowAnyException();
  }
}
