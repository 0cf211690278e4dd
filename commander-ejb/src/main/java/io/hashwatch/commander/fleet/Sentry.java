package io.hashwatch.commander.fleet;

import io.hashwatch.protocols.report.SentryHealth;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * An agent that polls devices and reports to the commander. Its report bookkeeping ({@code
 * last_seq}, {@code last_seen}, {@code dropped}) and its latest health are written by the telemetry
 * path with JDBC.
 */
@Entity
@NamedQuery(
    name = Sentry.COUNT_BY_NAME,
    query = "SELECT COUNT(s) FROM Sentry s WHERE s.name = :name")
@NamedQuery(
    name = Sentry.ALL,
    query = "SELECT s FROM Sentry s LEFT JOIN FETCH s.site ORDER BY s.id")
public class Sentry {
  static final String COUNT_BY_NAME = "Sentry.countByName";
  static final String ALL = "Sentry.all";

  @Id
  @SequenceGenerator(name = "sentry_seq", sequenceName = "sentry_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sentry_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 120)
  private String name;

  @ManyToOne
  @JoinColumn(name = "site_id")
  private Site site;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(nullable = false)
  private OffsetDateTime created;

  @Column(name = "last_seen")
  private OffsetDateTime lastSeen;

  @Column(name = "last_seq", nullable = false)
  private long lastSeq;

  @Column(nullable = false)
  private long dropped;

  @Column(name = "health_time")
  private OffsetDateTime healthTime;

  @Column(name = "sweep_ms")
  private Long sweepMillis;

  @Column(name = "devices_ok")
  private Integer devicesOk;

  @Column(name = "devices_failed")
  private Integer devicesFailed;

  private Long backlog;
  private String version;

  protected Sentry() {}

  Sentry(String name, Site site, String tokenHash) {
    this.name = Names.require(name, "sentry name");
    this.site = site;
    this.tokenHash = tokenHash;
    this.created = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  String tokenHash() {
    return tokenHash;
  }

  SentryView view() {
    SentryHealth health =
        healthTime == null
            ? null
            : new SentryHealth(
                healthTime.toInstant(), sweepMillis, devicesOk, devicesFailed, backlog, version);
    return new SentryView(
        id, name, site == null ? null : site.name(), lastSeen, lastSeq, dropped, health);
  }
}
