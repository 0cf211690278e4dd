package io.hashwatch.commander.web.users;

import io.hashwatch.commander.access.AppUser;
import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.access.UserDirectory;
import io.hashwatch.commander.access.UserRuleException;
import io.hashwatch.commander.access.UserRules;
import io.hashwatch.commander.access.UserView;
import io.hashwatch.commander.fleet.DuplicateNameException;
import io.hashwatch.commander.web.access.SignedIn;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The users page: admins only. Every method checks the admin role first, so a page left open by a
 * user who lost it can do nothing.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject UserDirectory users;
  @Inject SignedIn me;

  private transient List<UserView> listed;
  private String newUsername;
  private String newPassword;
  private String newRole = Role.VIEWER.wire();
  private String editUsername;
  private String editRole = Role.VIEWER.wire();
  private String editPassword;

  public List<UserView> getUsers() {
    me.require(Role.ADMIN);
    if (listed == null) {
      listed = users.list();
    }
    return listed;
  }

  public List<String> getRoles() {
    return Arrays.stream(Role.values()).map(Role::wire).toList();
  }

  public void add() {
    me.require(Role.ADMIN);
    if (!AppUser.isValidName(newUsername)) {
      say(FacesMessage.SEVERITY_ERROR, "A user name is 1 to 64 letters, digits or . _ @ -");
      return;
    }
    run(
        () -> {
          UserRules.checkPassword(newPassword);
          users.register(newUsername, newPassword, role(newRole));
          String done = "User " + newUsername + " added as " + newRole + ".";
          newUsername = null;
          newPassword = null;
          return done;
        });
  }

  public void changeRole() {
    me.require(Role.ADMIN);
    run(
        () -> {
          users.changeRole(editUsername, role(editRole));
          return editUsername + " is now " + editRole + ".";
        });
  }

  public void setPassword() {
    me.require(Role.ADMIN);
    run(
        () -> {
          users.setPassword(editUsername, editPassword);
          editPassword = null;
          return "New password set for " + editUsername + ".";
        });
  }

  public void delete() {
    me.require(Role.ADMIN);
    run(
        () -> {
          users.delete(me.getName(), editUsername);
          String done = editUsername + " deleted.";
          editUsername = null;
          return done;
        });
  }

  private static Role role(String wire) {
    Role role = Role.fromWire(wire);
    if (role == null) {
      throw new UserRuleException("a role is viewer, operator or admin");
    }
    return role;
  }

  private interface Change {
    String run();
  }

  private void run(Change change) {
    try {
      say(FacesMessage.SEVERITY_INFO, change.run());
    } catch (UserRuleException | DuplicateNameException e) {
      say(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    listed = null;
  }

  private static void say(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getNewRole() {
    return newRole;
  }

  public void setNewRole(String newRole) {
    this.newRole = newRole;
  }

  public String getEditUsername() {
    return editUsername;
  }

  public void setEditUsername(String editUsername) {
    this.editUsername = editUsername;
  }

  public String getEditRole() {
    return editRole;
  }

  public void setEditRole(String editRole) {
    this.editRole = editRole;
  }

  public String getEditPassword() {
    return editPassword;
  }

  public void setEditPassword(String editPassword) {
    this.editPassword = editPassword;
  }
}
