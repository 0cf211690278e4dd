package io.hashwatch.commander.fleet;

import io.hashwatch.protocols.report.DeviceKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import java.time.OffsetDateTime;

/**
 * A miner, rig, GPU or relay as one sentry sees it, known by its address at that sentry. Devices
 * are created by the telemetry path when a sentry first reports them.
 */
@Entity
@NamedQuery(
    name = Device.ALL_WITH_STATE,
    query = "SELECT d FROM Device d LEFT JOIN FETCH d.state ORDER BY d.id")
public class Device {
  static final String ALL_WITH_STATE = "Device.allWithState";

  @Id private Long id;

  @Column(name = "sentry_id", nullable = false)
  private long sentryId;

  @Column(nullable = false)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DeviceKind kind;

  private String make;
  private String model;

  @Column(name = "device_group")
  private String group;

  @Column(name = "first_seen", nullable = false)
  private OffsetDateTime firstSeen;

  @OneToOne(fetch = FetchType.LAZY)
  @PrimaryKeyJoinColumn
  private DeviceState state;

  protected Device() {}

  public long id() {
    return id;
  }

  public long sentryId() {
    return sentryId;
  }

  public String address() {
    return address;
  }

  public DeviceKind kind() {
    return kind;
  }

  public String make() {
    return make;
  }

  public String model() {
    return model;
  }

  /** The group its admins put it in, or {@code null}. */
  public String group() {
    return group;
  }

  void group(String group) {
    this.group = group;
  }

  /** The latest poll result, or {@code null} before the first. */
  public DeviceState state() {
    return state;
  }
}
