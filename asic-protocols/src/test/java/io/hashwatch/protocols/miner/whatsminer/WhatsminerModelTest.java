package io.hashwatch.protocols.miner.whatsminer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.model.ModelSpec;
import org.junit.jupiter.api.Test;

class WhatsminerModelTest {

  @Test
  void splitsFamilyAndVariantAtTheUnderscore() {
    assertThat(WhatsminerModel.parse("M30S++_VH40"))
        .isEqualTo(new WhatsminerModel("M30S++", "VH40"));
    assertThat(WhatsminerModel.parse("M60S_VK40")).isEqualTo(new WhatsminerModel("M60S", "VK40"));
    assertThat(WhatsminerModel.parse("M20S_V10")).isEqualTo(new WhatsminerModel("M20S", "V10"));
    assertThat(WhatsminerModel.parse("M30S+_VE40").displayName())
        .isEqualTo("WhatsMiner M30S+ VE40");
  }

  @Test
  void findsTheVariantInNamesWithoutUnderscore() {
    assertThat(WhatsminerModel.parse("M60SVK40")).isEqualTo(new WhatsminerModel("M60S", "VK40"));
    assertThat(WhatsminerModel.parse("m30sv50")).isEqualTo(new WhatsminerModel("M30S", "V50"));
  }

  @Test
  void keepsANameWithoutVariantWhole() {
    assertThat(WhatsminerModel.parse("M3")).isEqualTo(new WhatsminerModel("M3", null));
    assertThat(WhatsminerModel.parse("M3").displayName()).isEqualTo("WhatsMiner M3");
    assertThat(WhatsminerModel.parse(" ")).isNull();
    assertThat(WhatsminerModel.parse(null)).isNull();
  }

  @Test
  void looksUpTheVariantThenRevisionZeroThenTheFamily() {
    ModelSpec variant = new ModelSpec("MicroBT", "M30S++ VH40", "SHA256", 4, 111, 2, 112e12);
    ModelSpec family = new ModelSpec("MicroBT", "M30S++", "SHA256", 4, 105, 2, 106e12);
    ModelLookup models = TestModels.of(variant, family);

    assertThat(WhatsminerModel.parse("M30S++_VH40").spec(models)).contains(variant);
    assertThat(WhatsminerModel.parse("M30S++_VH41").spec(models)).contains(variant);
    assertThat(WhatsminerModel.parse("M30S++_VG30").spec(models)).contains(family);
    assertThat(WhatsminerModel.parse("M50_VH50").spec(models)).isEmpty();
  }
}
