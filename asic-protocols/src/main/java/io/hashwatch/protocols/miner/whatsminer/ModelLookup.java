package io.hashwatch.protocols.miner.whatsminer;

import io.hashwatch.protocols.model.ModelSpec;
import java.util.Optional;

/** Finds a model's factory figures: {@code ModelCatalog.standard()::find}, or a test's own list. */
@FunctionalInterface
interface ModelLookup {
  Optional<ModelSpec> find(String make, String model);
}
