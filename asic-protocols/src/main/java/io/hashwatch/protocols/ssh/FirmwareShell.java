package io.hashwatch.protocols.ssh;

import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceResponseException;
import java.util.Objects;

/**
 * The firmware queries Hashwatch makes over SSH, one connection each: the firmware build, the
 * mining program's configuration file, and a reboot. The commands come from {@link SshFirmware}.
 */
public final class FirmwareShell {
  private final DeviceSshClient client;
  private final SshTarget target;
  private final SshFirmware firmware;

  public FirmwareShell(DeviceSshClient client, SshTarget target, SshFirmware firmware) {
    this.client = Objects.requireNonNull(client, "client");
    this.target = Objects.requireNonNull(target, "target");
    this.firmware = Objects.requireNonNull(firmware, "firmware");
  }

  /** The firmware's build file as the miner has it, without surrounding blank space. */
  public String firmwareBuild() throws DeviceException {
    return client.output(target, firmware.buildCommand()).strip();
  }

  /** The mining program's configuration file, as it is. */
  public String configFile() throws DeviceException {
    return client.output(target, firmware.configCommand());
  }

  /**
   * Asks the miner to reboot. A connection that drops before the exit status arrives counts as
   * done: the reboot took the SSH server down with it.
   *
   * @throws DeviceResponseException the reboot command exited with a status other than 0
   */
  public void reboot() throws DeviceException {
    CommandResult result = client.execute(target, firmware.rebootCommand());
    if (result.exitStatus() != 0 && result.exitStatus() != CommandResult.NO_EXIT_STATUS) {
      throw new DeviceResponseException(
          result.exitStatus(),
          target.address()
              + ": '"
              + firmware.rebootCommand()
              + "' exited with status "
              + result.exitStatus()
              + " "
              + result.stderr().strip());
    }
  }
}
