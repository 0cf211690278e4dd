package io.hashwatch.sentry.gpus;

import io.hashwatch.protocols.transport.MalformedReplyException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The AMD GPUs: their figures from sysfs at every read (a few small files per card, no process),
 * their names from rocm-smi, asked once when a card appears whose driver gives no {@code
 * product_name}. rocm-smi is a Python program: run at every read it would cost the rig more than
 * the rest of the sentry together.
 */
final class AmdGpus {
  static final String MAKE = "AMD";
  private static final System.Logger LOG = System.getLogger(AmdGpus.class.getName());
  private static final List<String> ROCM_ARGUMENTS =
      List.of("--showproductname", "--showbus", "--showid", "--json");

  private final AmdSysfs sysfs;
  private final ExternalTool rocmSmi;
  private final boolean required;
  private final Map<String, String> names = new HashMap<>();
  private final Set<String> asked = new HashSet<>();
  private String rocmProblem;

  /**
   * @param required the GPUs were configured as AMD: finding none is a problem
   */
  AmdGpus(AmdSysfs sysfs, ExternalTool rocmSmi, boolean required) {
    this.sysfs = sysfs;
    this.rocmSmi = rocmSmi;
    this.required = required;
  }

  VendorRead read() {
    String source = sysfs.drm().toString();
    List<AmdCard> cards = sysfs.cards();
    if (cards.isEmpty()) {
      List<String> problems =
          required
              ? List.of("no AMD GPU under " + source + ": is the amdgpu driver loaded?")
              : List.of();
      return new VendorRead(MAKE, source, List.of(), Map.of(), problems, null);
    }
    boolean unnamed =
        cards.stream()
            .anyMatch(card -> card.telemetry().model() == null && !asked.contains(card.busId()));
    if (unnamed) {
      askNames(cards);
    }
    List<GpuTelemetry> gpus = new ArrayList<>(cards.size());
    for (AmdCard card : cards) {
      GpuTelemetry telemetry = card.telemetry();
      gpus.add(telemetry.model() != null ? telemetry : telemetry.withModel(name(card)));
    }
    return new VendorRead(
        MAKE, source, gpus, Map.of(), rocmProblem == null ? List.of() : List.of(rocmProblem), null);
  }

  private String name(AmdCard card) {
    String name = names.get(card.busId());
    if (name != null) {
      return name;
    }
    return card.deviceId() == null ? "AMD GPU" : "AMD GPU " + card.deviceId();
  }

  private void askNames(List<AmdCard> cards) {
    cards.forEach(card -> asked.add(card.busId()));
    ToolRun run = rocmSmi.run(ROCM_ARGUMENTS);
    rocmProblem = null;
    if (run instanceof ToolRun.Succeeded done) {
      try {
        RocmSmiJson.parse(done.stdout()).forEach(card -> names.put(card.busId(), card.model()));
      } catch (MalformedReplyException e) {
        rocmProblem = e.getMessage() + "; AMD GPUs are named by their device id";
      }
    } else if (!(run instanceof ToolRun.NotFound)) {
      // rocm-smi is optional: only one that is there and fails is worth a word.
      rocmProblem = ((ToolRun.Failure) run).problem() + "; AMD GPUs are named by their device id";
    }
    if (rocmProblem != null) {
      LOG.log(System.Logger.Level.WARNING, rocmProblem);
    }
  }
}
