package io.hashwatch.protocols.miner.whatsminer;

import io.hashwatch.protocols.model.ModelSpec;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A model list for tests, matched the way ModelCatalog matches (case, blanks, '_' and the make's
 * name ignored). Its figures are made up: tests only check they reach the reading.
 */
final class TestModels {
  static final ModelLookup NONE = (make, model) -> Optional.empty();

  private TestModels() {}

  static ModelLookup of(ModelSpec... specs) {
    List<ModelSpec> list = List.of(specs);
    return (make, model) ->
        list.stream()
            .filter(
                spec -> spec.make().equalsIgnoreCase(make) && key(spec.model()).equals(key(model)))
            .findFirst();
  }

  private static String key(String model) {
    return model.toLowerCase(Locale.ROOT).replace("whatsminer", "").replaceAll("[\\s_-]+", "");
  }
}
