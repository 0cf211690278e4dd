package io.hashwatch.sentry.programs.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.sentry.programs.ProgramAdapter;
import io.hashwatch.sentry.programs.ProgramAdapters;
import io.hashwatch.sentry.programs.gminer.GminerAdapter;
import io.hashwatch.sentry.programs.lolminer.LolminerAdapter;
import io.hashwatch.sentry.programs.nbminer.NbminerAdapter;
import io.hashwatch.sentry.programs.srbminer.SrbminerAdapter;
import io.hashwatch.sentry.programs.trex.TrexAdapter;
import io.hashwatch.sentry.programs.xmrig.XmrigAdapter;
import org.junit.jupiter.api.Test;

/** The HTTP program adapters are among the sentry's standard ones, by their config names. */
class HttpProgramsRegisteredTest {
  final ProgramAdapters adapters = ProgramAdapters.standard();

  @Test
  void eachTypeFindsItsAdapter() {
    assertThat(adapters.byType("xmrig")).get().isInstanceOf(XmrigAdapter.class);
    assertThat(adapters.byType("T-Rex")).get().isInstanceOf(TrexAdapter.class);
    assertThat(adapters.byType("lolminer")).get().isInstanceOf(LolminerAdapter.class);
    assertThat(adapters.byType("gminer")).get().isInstanceOf(GminerAdapter.class);
    assertThat(adapters.byType("nbminer")).get().isInstanceOf(NbminerAdapter.class);
    assertThat(adapters.byType("srbminer")).get().isInstanceOf(SrbminerAdapter.class);
  }

  @Test
  void noTwoAdaptersShareADefaultPort() {
    assertThat(adapters.all().stream().flatMap(adapter -> adapter.defaultPorts().stream()))
        .doesNotHaveDuplicates();
    assertThat(adapters.all()).extracting(ProgramAdapter::type).doesNotHaveDuplicates();
  }
}
