package io.hashwatch.commander.alerts;

import java.io.Serializable;
import java.util.Objects;

/**
 * Which subjects a rule covers: the whole farm, one site, one group of devices, or one device. When
 * several rules of one kind cover a subject, those of the most {@link #specificity() specific}
 * scope win. The wire form is {@code farm}, {@code site:NAME}, {@code group:NAME} or {@code
 * device:ID}.
 */
public sealed interface Scope extends Serializable {
  Scope FARM = new Farm();

  /**
   * Whether it covers a subject on {@code site} (or none), in {@code group} (or none), that is
   * device {@code deviceId} (or a sentry, {@code null}).
   */
  boolean covers(String site, String group, Long deviceId);

  /** Whether it covers {@code subject}. */
  default boolean covers(Subject subject) {
    return covers(subject.site(), subject.group(), subject.deviceId());
  }

  /** 0 for the farm, 1 for a site, 2 for a group, 3 for a device: the higher wins. */
  int specificity();

  String wire();

  static Scope site(String name) {
    return new Site(name);
  }

  static Scope group(String name) {
    return new Group(name);
  }

  static Scope device(long id) {
    return new Device(id);
  }

  /**
   * The scope written {@code wire}.
   *
   * @throws IllegalArgumentException when it is none
   */
  static Scope fromWire(String wire) {
    if ("farm".equals(wire)) {
      return FARM;
    }
    if (wire != null && wire.startsWith("site:")) {
      return new Site(wire.substring("site:".length()));
    }
    if (wire != null && wire.startsWith("group:")) {
      return new Group(wire.substring("group:".length()));
    }
    if (wire != null && wire.startsWith("device:")) {
      try {
        return new Device(Long.parseLong(wire.substring("device:".length())));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a device id: " + wire, e);
      }
    }
    throw new IllegalArgumentException(
        "not a scope (farm, site:NAME, group:NAME or device:ID): " + wire);
  }

  /** Every device and sentry. */
  record Farm() implements Scope {
    @Override
    public boolean covers(String site, String group, Long deviceId) {
      return true;
    }

    @Override
    public int specificity() {
      return 0;
    }

    @Override
    public String wire() {
      return "farm";
    }
  }

  /** The devices and sentries of the site of that name. */
  record Site(String name) implements Scope {
    public Site {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a site scope needs the site's name");
      }
    }

    @Override
    public boolean covers(String site, String group, Long deviceId) {
      return name.equals(site);
    }

    @Override
    public int specificity() {
      return 1;
    }

    @Override
    public String wire() {
      return "site:" + name;
    }
  }

  /** The devices an admin put in the group of that name; it covers no sentry. */
  record Group(String name) implements Scope {
    public Group {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a group scope needs the group's name");
      }
    }

    @Override
    public boolean covers(String site, String group, Long deviceId) {
      return name.equals(group);
    }

    @Override
    public int specificity() {
      return 2;
    }

    @Override
    public String wire() {
      return "group:" + name;
    }
  }

  /** One device; it covers no sentry. */
  record Device(long id) implements Scope {
    @Override
    public boolean covers(String site, String group, Long deviceId) {
      return Objects.equals(deviceId, id);
    }

    @Override
    public int specificity() {
      return 3;
    }

    @Override
    public String wire() {
      return "device:" + id;
    }
  }
}
