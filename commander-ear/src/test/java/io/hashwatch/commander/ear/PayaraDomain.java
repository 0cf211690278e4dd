package io.hashwatch.commander.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Payara Server domain of the test's own: a copy of the distribution's pristine domain1 moved
 * onto a free {@link PortBlock}, driven with {@code asadmin}. Copying takes milliseconds where
 * {@code asadmin create-domain --portbase} takes about 35 s on two cores, and its domain.xml
 * differs from domain1's in exactly the values rewritten here.
 */
final class PayaraDomain {
  private static final String NAME = "domain1";
  private static final int LOG_LINES = 150;

  private final Path payaraHome;
  private final Path workDir;
  private final PortBlock ports;
  private boolean startAttempted;

  PayaraDomain(Path payaraHome, Path workDir, PortBlock ports) {
    this.payaraHome = payaraHome;
    this.workDir = workDir;
    this.ports = ports;
  }

  /** Lays out a fresh domain; {@code jvmOptions} are added as {@code create-jvm-options} would. */
  void create(List<String> jvmOptions) throws IOException {
    deleteRecursively(workDir);
    Path source = payaraHome.resolve("glassfish/domains").resolve(NAME);
    copyRecursively(source, domainRoot());
    Path domainXml = domainRoot().resolve("config/domain.xml");
    Files.writeString(domainXml, DomainXml.rewrite(Files.readString(domainXml), ports, jvmOptions));
  }

  void start(Duration timeout) {
    startAttempted = true;
    asadmin(timeout, List.of(), "start-domain", "--domaindir", domainsDir().toString(), NAME);
  }

  void deploy(Path archive, Duration timeout) {
    List<String> toThisDomain = List.of("--host", "127.0.0.1", "--port", "" + ports.admin());
    asadmin(timeout, toThisDomain, "deploy", archive.toString());
  }

  /** Stops the domain if a start was tried, killing it when a clean stop does not succeed. */
  void stop(Duration timeout) {
    if (!startAttempted) {
      return;
    }
    try {
      asadmin(timeout, List.of(), "stop-domain", "--domaindir", domainsDir().toString(), NAME);
    } catch (IllegalStateException e) {
      asadmin(
          timeout,
          List.of(),
          "stop-domain",
          "--kill=true",
          "--domaindir",
          domainsDir().toString(),
          NAME);
    }
  }

  URI http(String path) {
    return URI.create("http://127.0.0.1:" + ports.http() + path);
  }

  Path dataDir() {
    return workDir.resolve("data");
  }

  /** The last lines of server.log, or why there are none. */
  String serverLogTail() {
    Path log = domainRoot().resolve("logs/server.log");
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES), lines.size()));
    } catch (IOException e) {
      return "(no server log at " + log + ": " + e + ")";
    }
  }

  private String asadmin(
      Duration timeout, List<String> programOptions, String subcommand, String... operands) {
    boolean windows = System.getProperty("os.name").startsWith("Windows");
    List<String> command = new ArrayList<>();
    command.add(payaraHome.resolve(windows ? "bin/asadmin.bat" : "bin/asadmin").toString());
    command.add("--interactive=false");
    command.addAll(programOptions);
    command.add(subcommand);
    command.addAll(List.of(operands));
    String shown = "asadmin " + subcommand + ' ' + String.join(" ", operands);
    try {
      Files.createDirectories(workDir);
      // A file, not a pipe: start-domain leaves a server behind that may hold on to its output.
      Path output = Files.createTempFile(workDir, "asadmin-" + subcommand + '-', ".log");
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
      // The server inherits this environment: keep a developer's HASHWATCH_* settings out of it.
      builder.environment().keySet().removeIf(name -> name.startsWith("HASHWATCH_"));
      builder.environment().put("AS_JAVA", System.getProperty("java.home"));
      Process process = builder.start();
      process.getOutputStream().close();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            shown + " took over " + timeout + ":\n" + Files.readString(output));
      }
      String text = Files.readString(output);
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            shown + " exited with " + process.exitValue() + ":\n" + text);
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running asadmin", e);
    }
  }

  private Path domainsDir() {
    return workDir.resolve("domains");
  }

  private Path domainRoot() {
    return domainsDir().resolve(NAME);
  }

  private static void copyRecursively(Path source, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Files.copy(path, target.resolve(source.relativize(path).toString()));
      }
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (Files.notExists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }
}
