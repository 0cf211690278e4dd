package io.hashwatch.sentry.gpus;

import io.hashwatch.protocols.transport.MalformedReplyException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The NVIDIA GPUs, through one nvidia-smi process per read. It asks for the CSV query first; a
 * driver that refuses a field the query can do without is asked again without it, one that refuses
 * the query is asked for {@code -q -x}, and one without {@code -x} for {@code -q}. The form that
 * works is kept, so a refused query is not sent again every read.
 */
final class NvidiaSmi {
  static final String MAKE = "NVIDIA";
  private static final System.Logger LOG = System.getLogger(NvidiaSmi.class.getName());
  private static final String SOURCE = "nvidia-smi";
  // nvidia-smi's exit code for "a supplied argument or flag is invalid" (nvidia-smi(1)).
  private static final int INVALID_ARGUMENT = 2;
  private static final String REFUSED_FIELD = "is not a valid field to query";
  private static final String NO_DEVICES = "No devices were found";
  private static final int MAX_WHY = 200;

  private final ExternalTool tool;
  private final boolean required;
  private NvidiaForm form = NvidiaForm.CSV;
  private List<String> query = NvidiaField.QUERY;

  /**
   * @param required the GPUs were configured as NVIDIA: a missing tool is a problem, not a rig
   *     without NVIDIA GPUs
   */
  NvidiaSmi(ExternalTool tool, boolean required) {
    this.tool = tool;
    this.required = required;
  }

  VendorRead read() {
    ToolRun run = tool.run(form.arguments(query));
    while (fallBack(run)) {
      run = tool.run(form.arguments(query));
    }
    if (run instanceof ToolRun.NotFound missing) {
      String advice = ": install the NVIDIA driver or set nvidia-smi = PATH";
      return VendorRead.failed(
          MAKE, SOURCE, missing.problem(), required ? missing.problem() + advice : null);
    }
    if (run instanceof ToolRun.Succeeded done) {
      return listed(done.stdout(), done.stderr(), null);
    }
    if (run instanceof ToolRun.Exited exited) {
      String why = why(exited);
      if (why.contains(NO_DEVICES)) {
        return new VendorRead(
            MAKE,
            SOURCE,
            List.of(),
            Map.of(),
            required ? List.of("nvidia-smi finds no NVIDIA GPU") : List.of(),
            null);
      }
      return listed(
          exited.stdout(),
          exited.stderr(),
          tool.name() + " exited " + exited.code() + (why.isEmpty() ? "" : ": " + why));
    }
    String problem = ((ToolRun.Failure) run).problem();
    return VendorRead.failed(MAKE, SOURCE, problem, problem);
  }

  /** The GPUs in the tool's output; {@code failure} when it exited other than 0. */
  private VendorRead listed(String stdout, String stderr, String failure) {
    NvidiaListing listing;
    try {
      listing =
          failure != null && stdout.isBlank()
              ? new NvidiaListing(List.of(), Map.of(), List.of())
              : parse(stdout);
    } catch (MalformedReplyException e) {
      String problem = failure != null ? failure : e.getMessage();
      return VendorRead.failed(MAKE, SOURCE, problem, problem);
    }
    NvidiaListing.Collector fromStderr = new NvidiaListing.Collector(form);
    stderr.lines().forEach(fromStderr::lostLine);
    Map<String, String> lost = new LinkedHashMap<>(fromStderr.listing().lost());
    lost.putAll(listing.lost());
    // In a failed run, lines that are no GPU's are the failure's words, not broken rows.
    List<String> problems = failure == null ? listing.problems() : List.of(failure);
    return new VendorRead(MAKE, SOURCE, listing.gpus(), lost, problems, failure);
  }

  private NvidiaListing parse(String stdout) throws MalformedReplyException {
    return switch (form) {
      case CSV -> NvidiaCsv.parse(query, stdout);
      case XML -> NvidiaXml.parse(stdout);
      case TEXT -> NvidiaQueryText.parse(stdout);
    };
  }

  /** Whether {@code run} refused the form asked for, and a simpler one is now set. */
  private boolean fallBack(ToolRun run) {
    return switch (form) {
      case CSV -> run instanceof ToolRun.Exited exited && fallBackFromQuery(exited);
      case XML -> fallBackFromXml(run);
      case TEXT -> false;
    };
  }

  private boolean fallBackFromQuery(ToolRun.Exited exited) {
    String field = refusedField(exited.output());
    if (field == null && exited.code() != INVALID_ARGUMENT) {
      return false;
    }
    if (field != null && NvidiaField.DROPPABLE.contains(field) && query.contains(field)) {
      query = query.stream().filter(name -> !name.equals(field)).toList();
      LOG.log(System.Logger.Level.INFO, "nvidia-smi does not know {0}; asked without it", field);
    } else {
      form = NvidiaForm.XML;
      LOG.log(
          System.Logger.Level.INFO,
          "nvidia-smi refuses the query ({0}); reading its XML from now on",
          exited.firstLine());
    }
    return true;
  }

  private boolean fallBackFromXml(ToolRun run) {
    boolean refused =
        run instanceof ToolRun.Exited exited && exited.code() == INVALID_ARGUMENT
            || run instanceof ToolRun.Succeeded done && !done.stdout().contains("<nvidia_smi_log");
    if (refused) {
      form = NvidiaForm.TEXT;
      LOG.log(System.Logger.Level.INFO, "nvidia-smi has no XML form; reading nvidia-smi -q");
    }
    return refused;
  }

  /**
   * The line that says why nvidia-smi failed: the first on stderr, else the first on stdout that is
   * no GPU's row, no XML and no banner (nvidia-smi writes its errors on stdout, between the rows of
   * the GPUs it could read).
   */
  static String why(ToolRun.Exited exited) {
    for (String line :
        (Iterable<String>) (exited.stderr() + "\n" + exited.stdout()).lines()::iterator) {
      String text = line.strip();
      int comma = text.indexOf(',');
      boolean row = PciBus.normalize(comma < 0 ? text : text.substring(0, comma)) != null;
      if (!text.isEmpty() && !row && text.charAt(0) != '<' && text.charAt(0) != '=') {
        return text.length() <= MAX_WHY ? text : text.substring(0, MAX_WHY - 3) + "...";
      }
    }
    return "";
  }

  /** The field named in {@code Field "x" is not a valid field to query.}; {@code null} if none. */
  static String refusedField(String output) {
    int at = output.indexOf(REFUSED_FIELD);
    if (at < 0) {
      return null;
    }
    int close = output.lastIndexOf('"', at);
    int open = close < 1 ? -1 : output.lastIndexOf('"', close - 1);
    return open < 0 ? "" : output.substring(open + 1, close);
  }
}
