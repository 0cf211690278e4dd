package io.hashwatch.commander.fleet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One place with miners: a building, a container, a room. */
@Entity
@NamedQuery(name = Site.BY_NAME, query = "SELECT s FROM Site s WHERE s.name = :name")
public class Site {
  static final String BY_NAME = "Site.byName";

  @Id
  @SequenceGenerator(name = "site_seq", sequenceName = "site_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "site_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 120)
  private String name;

  @Column(nullable = false)
  private OffsetDateTime created;

  protected Site() {}

  Site(String name) {
    this.name = Names.require(name, "site name");
    this.created = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }
}
