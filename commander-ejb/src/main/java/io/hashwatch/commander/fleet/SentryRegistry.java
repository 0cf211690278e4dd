package io.hashwatch.commander.fleet;

import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.StorageException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Registers sentries, checks the tokens they report with, and lists them. */
@Stateless
public class SentryRegistry {
  /** A bound on one listing; a farm has one sentry per site or few thousand miners. */
  public static final int MAX_LISTED = 10_000;

  @PersistenceContext EntityManager em;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  /**
   * Registers a sentry, creating its site when {@code siteName} names a new one.
   *
   * @throws DuplicateNameException when a sentry of that name exists
   */
  public NewSentry register(String name, String siteName) {
    String checkedName = Names.require(name, "sentry name");
    boolean taken =
        em.createNamedQuery(Sentry.COUNT_BY_NAME, Long.class)
                .setParameter("name", checkedName)
                .getSingleResult()
            > 0;
    if (taken) {
      throw new DuplicateNameException("a sentry named '" + checkedName + "' exists already");
    }
    Site site = siteName == null ? null : site(siteName);
    String token = SentryTokens.generate();
    Sentry sentry = new Sentry(checkedName, site, SentryTokens.hash(token));
    em.persist(sentry);
    em.flush();
    return new NewSentry(sentry.id(), sentry.name(), token);
  }

  /** Whether {@code token} is the token of sentry {@code id}. */
  public boolean authenticate(long id, String token) {
    Sentry sentry = em.find(Sentry.class, id);
    return sentry != null && token != null && SentryTokens.matches(token, sentry.tokenHash());
  }

  /** Every sentry in id order, at most {@link #MAX_LISTED}. */
  public List<SentryView> list() {
    return em.createNamedQuery(Sentry.ALL, Sentry.class)
        .setMaxResults(MAX_LISTED)
        .getResultStream()
        .map(Sentry::view)
        .toList();
  }

  /** Sentry id to how many devices it has reported; sentries without devices are absent. */
  public Map<Long, Long> deviceCounts() {
    try (Connection connection = dataSource.getConnection()) {
      return DeviceCounts.perSentry(connection);
    } catch (SQLException e) {
      throw new StorageException("counting the devices of each sentry failed", e);
    }
  }

  private Site site(String name) {
    String checked = Names.require(name, "site name");
    return em.createNamedQuery(Site.BY_NAME, Site.class)
        .setParameter("name", checked)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              Site site = new Site(checked);
              em.persist(site);
              return site;
            });
  }
}
