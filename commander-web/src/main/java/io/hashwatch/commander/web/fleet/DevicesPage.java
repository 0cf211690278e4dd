package io.hashwatch.commander.web.fleet;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.actions.CommandStore;
import io.hashwatch.commander.actions.NewCommand;
import io.hashwatch.commander.fleet.DeviceFilter;
import io.hashwatch.commander.fleet.DeviceStatus;
import io.hashwatch.commander.fleet.DeviceSummary;
import io.hashwatch.commander.fleet.DeviceTable;
import io.hashwatch.commander.web.access.SignedIn;
import io.hashwatch.protocols.report.CommandAction;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The devices table (app/devices.xhtml): search, status filter, and the bulk actions of operators,
 * one command per selected device.
 */
@Named("devicesPage")
@ViewScoped
public class DevicesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The actions the bulk buttons offer. */
  private static final Set<CommandAction> BULK =
      Set.of(CommandAction.RESTART, CommandAction.REBOOT, CommandAction.SLEEP, CommandAction.WAKE);

  @Inject DeviceTable table;
  @Inject CommandStore commands;
  @Inject SignedIn me;

  private String search;
  private String status;
  private List<DeviceSummary> selected = new ArrayList<>();
  private LazyDevices devices;

  @PostConstruct
  void model() {
    devices = new LazyDevices(table, this::filter);
  }

  DeviceFilter filter() {
    DeviceStatus only = DeviceStatus.fromWire(status);
    return new DeviceFilter(search, only == null ? Set.of() : Set.of(only));
  }

  /**
   * Queues {@code action} (its wire name) for every selected device, and says in the growl how many
   * were queued and how many refused (a device removed meanwhile).
   */
  public void run(String action) {
    me.require(Role.OPERATOR);
    CommandAction command = CommandAction.fromWire(action);
    if (command == null || !BULK.contains(command)) {
      throw new IllegalArgumentException("not a bulk action: " + action);
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    if (selected.isEmpty()) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_WARN, "No devices selected", null));
      return;
    }
    int queued = 0;
    for (DeviceSummary device : selected) {
      NewCommand next = new NewCommand(device.id(), command, List.of(), me.getName());
      if (commands.create(next).isPresent()) {
        queued++;
      }
    }
    int refused = selected.size() - queued;
    faces.addMessage(
        null,
        new FacesMessage(
            refused == 0 ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
            command.wire() + ": " + queued + " queued, " + refused + " refused",
            "Each device's result shows on its page when its sentry reports it."));
    selected = new ArrayList<>();
  }

  public LazyDevices getDevices() {
    return devices;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search != null && search.length() > 256 ? search.substring(0, 256) : search;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public List<DeviceStatus> getStatuses() {
    return List.of(DeviceStatus.values());
  }

  public List<DeviceSummary> getSelected() {
    return selected;
  }

  public void setSelected(List<DeviceSummary> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }
}
