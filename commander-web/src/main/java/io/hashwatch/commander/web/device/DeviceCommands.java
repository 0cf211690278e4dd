package io.hashwatch.commander.web.device;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.actions.CommandStore;
import io.hashwatch.commander.actions.CommandView;
import io.hashwatch.commander.actions.NewCommand;
import io.hashwatch.commander.web.access.SignedIn;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.report.CommandAction;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import org.primefaces.PrimeFaces;

/**
 * The device page's commands: sends the one an operator confirmed and follows it until its sentry
 * reports what came of it (the page polls {@link #refresh()} while it is pending).
 */
@Named("deviceCommands")
@ViewScoped
public class DeviceCommands implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final System.Logger LOG = System.getLogger(DeviceCommands.class.getName());

  @Inject SignedIn me;
  @Inject CommandStore commands;
  @Inject DevicePage page;

  private List<PoolEntry> pools = PoolEntry.blank();
  private Long commandId;
  private transient CommandView command;

  /** Whether the page offers the action named {@code wire} for this device. */
  public boolean offers(String wire) {
    CommandAction action = CommandAction.fromWire(wire);
    DeviceDetails details = page.getDetails();
    return action != null
        && details != null
        && OfferedActions.forKind(details.device().kind()).contains(action);
  }

  public String question(String wire) {
    CommandAction action = CommandAction.fromWire(wire);
    return action == null ? "" : OfferedActions.question(action);
  }

  /** Sends the action named {@code wire} (any but set-pools) to the device. */
  public void run(String wire) {
    me.require(Role.OPERATOR);
    CommandAction action = CommandAction.fromWire(wire);
    if (action == null || action == CommandAction.SET_POOLS || !offers(wire)) {
      error("Not sent", "this device is not offered " + wire);
      return;
    }
    send(action, List.of());
  }

  /** Sends the pools typed in the dialog; the dialog closes once the command is made. */
  public void setPools() {
    me.require(Role.OPERATOR);
    List<MinerAction.PoolSetting> settings;
    try {
      settings = PoolEntry.settings(pools);
    } catch (IllegalArgumentException e) {
      error("Pools not sent", e.getMessage());
      return;
    }
    if (send(CommandAction.SET_POOLS, settings)) {
      pools = PoolEntry.blank();
      PrimeFaces.current().ajax().addCallbackParam("poolsSent", true);
    }
  }

  private boolean send(CommandAction action, List<MinerAction.PoolSetting> settings) {
    Optional<CommandView> made;
    try {
      made = commands.create(new NewCommand(page.getDeviceId(), action, settings, me.getName()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "a " + action.wire() + " command could not be made", e);
      error("Not sent", "the " + action.wire() + " command could not be stored: " + e.getMessage());
      return false;
    }
    if (made.isEmpty()) {
      error("Not sent", "the device no longer exists");
      return false;
    }
    command = made.get();
    commandId = command.id();
    page.forgetEvents();
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_INFO,
                "Sent",
                action.wire() + " is on its way to the sentry"));
    return true;
  }

  /** Reads the command again: the page's poll calls this every 2 s while it is pending. */
  public void refresh() {
    if (commandId == null) {
      return;
    }
    command = commands.find(commandId).orElse(null);
    if (command != null && !command.status().isPending()) {
      page.forgetEvents();
    }
  }

  /** The latest command sent from this page, or {@code null}. */
  public CommandView getCommand() {
    if (command == null && commandId != null) {
      refresh();
    }
    return command;
  }

  public boolean isPending() {
    CommandView current = getCommand();
    return current != null && current.status().isPending();
  }

  /** "pending" while the sentry has not answered, else the command's status. */
  public String getStatusText() {
    CommandView current = getCommand();
    if (current == null) {
      return "";
    }
    return current.status().isPending() ? "pending" : current.status().wire();
  }

  public List<PoolEntry> getPools() {
    return pools;
  }

  private static void error(String summary, String detail) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
  }
}
