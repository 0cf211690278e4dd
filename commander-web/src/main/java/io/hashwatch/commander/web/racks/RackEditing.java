package io.hashwatch.commander.web.racks;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.racks.AutoPlaced;
import io.hashwatch.commander.racks.DeviceAddress;
import io.hashwatch.commander.racks.PlacementRefusedException;
import io.hashwatch.commander.racks.RackLayout;
import io.hashwatch.commander.racks.RackMap;
import io.hashwatch.commander.racks.RackMaps;
import io.hashwatch.commander.racks.SiteName;
import io.hashwatch.commander.racks.Slot;
import io.hashwatch.commander.web.access.SignedIn;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The admin's forms in the control room: the site's layout, placing one device, auto-placing the
 * rest, adding a site. Every action checks the admin role first, whatever the page showed.
 */
@Named
@ViewScoped
public class RackEditing implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ControlRoom room;
  @Inject SignedIn me;
  @Inject RackMaps maps;

  private Integer rows;
  private Integer racks;
  private Integer shelves;
  private Integer slots;
  private String device;
  private Integer row;
  private Integer rack;
  private Integer shelf;
  private Integer slot;
  private String newSite;

  /** Fills the layout form from the shown site's layout. */
  @PostConstruct
  void load() {
    RackLayout layout = room.getLayout();
    if (layout != null) {
      rows = layout.rows();
      racks = layout.racksPerRow();
      shelves = layout.shelvesPerRack();
      slots = layout.slotsPerShelf();
    }
  }

  public void saveLayout() {
    me.require(Role.ADMIN);
    change(
        () -> {
          maps.setLayout(site(), new RackLayout(num(rows), num(racks), num(shelves), num(slots)));
          return "Layout saved.";
        });
  }

  public void place() {
    me.require(Role.ADMIN);
    change(
        () -> {
          DeviceAddress chosen = chosenDevice();
          Slot at = new Slot(num(row), num(rack), num(shelf), num(slot));
          maps.place(chosen.id(), site(), at);
          return chosen.address() + " placed at " + at + ".";
        });
  }

  public void unplace() {
    me.require(Role.ADMIN);
    change(
        () -> {
          DeviceAddress chosen = chosenDevice();
          return maps.unplace(chosen.id())
              ? chosen.address() + " taken out of its slot."
              : chosen.address() + " stood in no slot.";
        });
  }

  public void autoPlace() {
    me.require(Role.ADMIN);
    change(
        () -> {
          AutoPlaced result = maps.autoPlace(site());
          return result.placed()
              + " device(s) placed"
              + (result.left() > 0 ? "; " + result.left() + " found no free slot." : ".");
        });
  }

  /** Adds a site and shows it. */
  public String addSite() {
    me.require(Role.ADMIN);
    try {
      SiteName site = maps.addSite(newSite);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      say(FacesMessage.SEVERITY_INFO, "Site " + site.name() + " added.");
      return "/app/control-room.xhtml?faces-redirect=true&site=" + site.id();
    } catch (PlacementRefusedException e) {
      say(FacesMessage.SEVERITY_ERROR, e.getMessage());
      return null;
    }
  }

  /**
   * The device the form names: {@code #ID}, or an address; an address that several sentries know is
   * resolved among the shown site's unplaced devices, or refused.
   */
  private DeviceAddress chosenDevice() {
    String given = device == null ? "" : device.strip();
    if (given.startsWith("#")) {
      long id = parseId(given.substring(1));
      return new DeviceAddress(id, "device " + id, null);
    }
    List<DeviceAddress> found = maps.devicesAt(given);
    if (found.size() > 1) {
      RackMap map = room.getMap();
      List<DeviceAddress> here =
          map == null ? List.of() : found.stream().filter(map.unplaced()::contains).toList();
      found = here;
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    throw new PlacementRefusedException(
        found.isEmpty()
            ? "no device has the address '" + given + "'"
            : "several devices have the address '" + given + "': give #ID instead");
  }

  private static long parseId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new PlacementRefusedException("#" + id + " is not a device id");
    }
  }

  private long site() {
    Long id = room.getSiteId();
    if (id == null) {
      throw new PlacementRefusedException("add a site first");
    }
    return id;
  }

  private static int num(Integer value) {
    return value == null ? 0 : value;
  }

  private interface Change {
    String run();
  }

  private void change(Change change) {
    try {
      say(FacesMessage.SEVERITY_INFO, change.run());
    } catch (PlacementRefusedException e) {
      say(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    room.reload();
  }

  private static void say(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public Integer getRows() {
    return rows;
  }

  public void setRows(Integer rows) {
    this.rows = rows;
  }

  public Integer getRacks() {
    return racks;
  }

  public void setRacks(Integer racks) {
    this.racks = racks;
  }

  public Integer getShelves() {
    return shelves;
  }

  public void setShelves(Integer shelves) {
    this.shelves = shelves;
  }

  public Integer getSlots() {
    return slots;
  }

  public void setSlots(Integer slots) {
    this.slots = slots;
  }

  public String getDevice() {
    return device;
  }

  public void setDevice(String device) {
    this.device = device;
  }

  public Integer getRow() {
    return row;
  }

  public void setRow(Integer row) {
    this.row = row;
  }

  public Integer getRack() {
    return rack;
  }

  public void setRack(Integer rack) {
    this.rack = rack;
  }

  public Integer getShelf() {
    return shelf;
  }

  public void setShelf(Integer shelf) {
    this.shelf = shelf;
  }

  public Integer getSlot() {
    return slot;
  }

  public void setSlot(Integer slot) {
    this.slot = slot;
  }

  public String getNewSite() {
    return newSite;
  }

  public void setNewSite(String newSite) {
    this.newSite = newSite;
  }
}
