package io.hashwatch.sentry.gpus;

import java.util.List;

/** The forms nvidia-smi answers in, in the order they are tried: each older driver knows fewer. */
enum NvidiaForm {
  /** {@code --query-gpu=FIELDS --format=csv,noheader,nounits}: one line per GPU, cheapest. */
  CSV,
  /** {@code -q -x}: everything, as XML (schemas v10 to v13 in the fixtures). */
  XML,
  /** {@code -q}: everything, as indented text. */
  TEXT;

  List<String> arguments(List<String> queryFields) {
    return switch (this) {
      case CSV ->
          List.of("--query-gpu=" + String.join(",", queryFields), "--format=csv,noheader,nounits");
      case XML -> List.of("-q", "-x");
      case TEXT -> List.of("-q");
    };
  }
}
