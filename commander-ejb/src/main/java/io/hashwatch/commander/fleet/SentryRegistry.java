package io.hashwatch.commander.fleet;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Registers sentries and checks the tokens they report with. */
@Stateless
public class SentryRegistry {
  @PersistenceContext EntityManager em;

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
