package io.hashwatch.sentry.programs;

import io.hashwatch.sentry.programs.ccminer.CcminerAdapter;
import io.hashwatch.sentry.programs.cpuminer.CpuminerOptAdapter;
import io.hashwatch.sentry.programs.gminer.GminerAdapter;
import io.hashwatch.sentry.programs.lolminer.LolminerAdapter;
import io.hashwatch.sentry.programs.monerod.MonerodAdapter;
import io.hashwatch.sentry.programs.nbminer.NbminerAdapter;
import io.hashwatch.sentry.programs.srbminer.SrbminerAdapter;
import io.hashwatch.sentry.programs.teamredminer.TeamRedMinerAdapter;
import io.hashwatch.sentry.programs.trex.TrexAdapter;
import io.hashwatch.sentry.programs.xmrig.XmrigAdapter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The miner programs the rig sentry knows, by their {@link ProgramAdapter#type()}. */
public final class ProgramAdapters {
  private final List<ProgramAdapter> adapters;

  private ProgramAdapters(List<ProgramAdapter> adapters) {
    this.adapters = List.copyOf(adapters);
  }

  /** Every adapter of this sentry. */
  public static ProgramAdapters standard() {
    return new ProgramAdapters(
        List.of(
            new XmrigAdapter(),
            new TrexAdapter(),
            new LolminerAdapter(),
            new GminerAdapter(),
            new NbminerAdapter(),
            new TeamRedMinerAdapter(),
            new SrbminerAdapter(),
            new CcminerAdapter(),
            new CpuminerOptAdapter(),
            new MonerodAdapter()));
  }

  public List<ProgramAdapter> all() {
    return adapters;
  }

  public Optional<ProgramAdapter> byType(String type) {
    String wanted = type.toLowerCase(Locale.ROOT);
    return adapters.stream().filter(adapter -> adapter.type().equals(wanted)).findFirst();
  }

  /** The known types, for error messages: {@code xmrig, t-rex, ...}. */
  public String types() {
    return String.join(", ", adapters.stream().map(ProgramAdapter::type).toList());
  }
}
