package io.hashwatch.sentry.config;

import io.hashwatch.sentry.gpus.GpuSettings;
import io.hashwatch.sentry.outbox.OutboxSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything a rig sentry runs on, checked and with its secrets resolved ({@link RigConfigReader}).
 *
 * @param commanders the commander URLs in the order tried; the first that works is kept
 * @param commanderReturn how often the first commander is tried again while another one is used
 * @param name the rig's name: its own device address, and the prefix of its GPUs' and programs'
 *     ({@code NAME/gpu/0000:01:00.0}, {@code NAME/xmrig})
 * @param interval how often the host, the GPUs and the programs are read
 * @param timeout how long one program's poll or one GPU tool's run may take
 * @param gpus which GPU tools are read
 * @param nvidiaSmi the {@code nvidia-smi} to run: a path, or a name looked up on the PATH
 * @param rocmSmi the {@code rocm-smi} to run: a path, or a name looked up on the PATH
 * @param discover whether programs that are not configured are looked for on their default ports on
 *     loopback
 * @param discoverEvery how often they are looked for
 * @param rebootCommand the shell command that reboots the rig, or {@code null}: then a reboot
 *     command is unsupported
 * @param commandTimeout how long a restart, stop, start or reboot command may run
 * @param programs the configured programs, in file order
 */
public record RigConfig(
    String id,
    List<URI> commanders,
    Duration commanderReturn,
    String token,
    String name,
    Duration interval,
    Duration timeout,
    Path outbox,
    OutboxSettings outboxSettings,
    GpuSettings.Mode gpus,
    String nvidiaSmi,
    String rocmSmi,
    boolean discover,
    Duration discoverEvery,
    String rebootCommand,
    Duration commandTimeout,
    List<ProgramConfig> programs) {

  public RigConfig {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(commanderReturn, "commanderReturn");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(outbox, "outbox");
    Objects.requireNonNull(outboxSettings, "outboxSettings");
    Objects.requireNonNull(gpus, "gpus");
    Objects.requireNonNull(nvidiaSmi, "nvidiaSmi");
    Objects.requireNonNull(rocmSmi, "rocmSmi");
    Objects.requireNonNull(discoverEvery, "discoverEvery");
    Objects.requireNonNull(commandTimeout, "commandTimeout");
    commanders = List.copyOf(commanders);
    programs = List.copyOf(programs);
    if (commanders.isEmpty()) {
      throw new IllegalArgumentException("at least one commander URL is needed");
    }
    if (!ProgramConfig.NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a rig name is 1 to 64 letters, digits, '.', '_' or '-', not " + name);
    }
  }

  /** Never shows the token (nor the programs' tokens). */
  @Override
  public String toString() {
    return "RigConfig[id="
        + id
        + ", name="
        + name
        + ", commanders="
        + commanders
        + ", token=***, interval="
        + interval
        + ", timeout="
        + timeout
        + ", outbox="
        + outbox
        + ", gpus="
        + gpus
        + ", discover="
        + discover
        + ", programs="
        + programs.stream().map(ProgramConfig::name).toList()
        + "]";
  }
}
