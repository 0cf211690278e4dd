package io.hashwatch.commander.web.access;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.access.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the sign-in form's user name and password against the farm's users. A user is in the group
 * of its role and of every role below it, so that a page open to viewers is open to admins.
 */
@ApplicationScoped
public class FarmIdentityStore implements IdentityStore {
  @Inject UserDirectory users;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Optional<Role> role = users.authenticate(login.getCaller(), login.getPasswordAsString());
    return role.map(r -> new CredentialValidationResult(login.getCaller(), groups(r)))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  static Set<String> groups(Role role) {
    return Arrays.stream(Role.values())
        .filter(role::includes)
        .map(Role::wire)
        .collect(Collectors.toUnmodifiableSet());
  }
}
