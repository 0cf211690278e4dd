package io.hashwatch.sentry.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hashwatch.protocols.reading.Host;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import oshi.hardware.CentralProcessor.TickType;

class HostProbeTest {
  @TempDir Path dir;
  private Path hwmon;
  private Path proc;
  private Path disk;

  @BeforeEach
  void machine() throws IOException {
    hwmon = Files.createDirectories(dir.resolve("sys/class/hwmon"));
    proc = Files.createDirectories(dir.resolve("proc"));
    disk = Files.createDirectories(dir.resolve("data disk"));
    write(proc.resolve("sys/kernel/hostname"), "rig-07\n");
    write(
        proc.resolve("self/mounts"),
        """
        overlay / overlay rw,relatime,lowerdir=/l,upperdir=/u,workdir=/w 0 0
        proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
        tmpfs /run tmpfs rw,nosuid,nodev,size=3257648k,mode=755 0 0
        /dev/nvme0n1p2 %s ext4 rw,relatime 0 0
        /dev/nvme0n1p2 %s/bound ext4 rw,relatime 0 0
        /dev/loop3 /snap/core/1 squashfs ro,nodev,relatime 0 0
        nas:/export /mnt/nas nfs4 rw,relatime 0 0
        /dev/sdb1 /mnt/gone\\040disk xfs rw 0 0
        """
            .formatted(
                disk.toString().replace(" ", "\\040"), disk.toString().replace(" ", "\\040")));
    write(
        proc.resolve("net/dev"),
        """
        Inter-|   Receive                                                |  Transmit
         face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
            lo: 9184562   80125    0    0    0     0          0         0  9184562   80125    0    0    0     0       0          0
          eth0: 455154606  312034    0    0    0     0          0       114  3338864   41273    0    0    0     0       0          0
           wg0:    1200      10    0    0    0     0          0         0     3400      12    0    0    0     0       0          0
        """);
  }

  @Test
  void readsTheMachineWithIntelCoreTemperaturesLocalDisksAndInterfaces() throws IOException {
    chip("hwmon0", "acpitz", "temp1_input", "27800");
    chip(
        "hwmon3",
        "coretemp",
        "temp1_label",
        "Package id 0",
        "temp1_input",
        "54000",
        "temp2_label",
        "Core 0",
        "temp2_input",
        "51000",
        "temp10_label",
        "Core 8",
        "temp10_input",
        "49500",
        "temp6_label",
        "Core 4",
        "temp6_input",
        "50000");

    HostReading reading = new HostProbe(hwmon, proc).read();

    Host host = reading.host();
    assertThat(reading.problems()).containsExactly("disks: cannot read the size of /mnt/gone disk");
    assertThat(host.hostname()).isEqualTo("rig-07");
    assertThat(host.os()).isNotBlank();
    assertThat(host.cpuModel()).isNotBlank();
    assertThat(host.cpuThreads()).isPositive();
    assertThat(host.cpuLoadPercent()).as("no load before a second read").isNull();
    assertThat(host.cpuTempC()).isEqualTo(54.0);
    assertThat(host.coreTempsC()).containsExactly(51.0, 50.0, 49.5);
    assertThat(host.memoryTotalBytes()).isPositive();
    assertThat(host.memoryAvailableBytes())
        .isPositive()
        .isLessThanOrEqualTo(host.memoryTotalBytes());
    assertThat(host.disks()).hasSize(1);
    Host.Disk data = host.disks().get(0);
    assertThat(data.mount()).isEqualTo(disk.toString());
    assertThat(data.totalBytes()).isEqualTo(disk.toFile().getTotalSpace()).isPositive();
    assertThat(data.freeBytes()).isPositive().isLessThanOrEqualTo(data.totalBytes());
    assertThat(host.network())
        .extracting(
            Host.NetworkLink::name, Host.NetworkLink::receivedBytes, Host.NetworkLink::sentBytes)
        .containsExactly(tuple("eth0", 455154606L, 3338864L), tuple("wg0", 1200L, 3400L));
    assertThat(reading.uptimeS()).isPositive();
    assertThat(reading.fansRpm()).allMatch(rpm -> rpm > 0);
  }

  @Test
  void theHottestOfTwoIntelPackagesIsTheCpusTemperature() throws IOException {
    chip(
        "hwmon1",
        "coretemp",
        "temp1_label",
        "Package id 0",
        "temp1_input",
        "61000",
        "temp2_label",
        "Core 0",
        "temp2_input",
        "60000");
    chip(
        "hwmon2",
        "coretemp",
        "temp1_label",
        "Package id 1",
        "temp1_input",
        "66000",
        "temp2_label",
        "Core 0",
        "temp2_input",
        "64000");

    Host host = new HostProbe(hwmon, proc).read().host();

    assertThat(host.cpuTempC()).isEqualTo(66.0);
    assertThat(host.coreTempsC()).containsExactly(60.0, 64.0);
  }

  @Test
  void amdGivesTdieForThePackageAndEachCoreComplex() throws IOException {
    chip(
        "hwmon2",
        "k10temp",
        "temp1_label",
        "Tctl",
        "temp1_input",
        "72500",
        "temp2_label",
        "Tdie",
        "temp2_input",
        "62500",
        "temp3_label",
        "Tccd1",
        "temp3_input",
        "60250",
        "temp4_label",
        "Tccd2",
        "temp4_input",
        "58000");
    chip("hwmon4", "nvme", "temp1_label", "Composite", "temp1_input", "41850");

    Host host = new HostProbe(hwmon, proc).read().host();

    assertThat(host.cpuTempC()).isEqualTo(62.5);
    assertThat(host.coreTempsC()).containsExactly(60.25, 58.0);
  }

  @Test
  void amdWithOnlyTctlOrAnOldUnlabelledSensorGivesThat() throws IOException {
    chip("hwmon0", "k10temp", "temp1_input", "48000");

    assertThat(new HostProbe(hwmon, proc).read().host().cpuTempC()).isEqualTo(48.0);
  }

  @Test
  void aSensorThatGoesAwayIsAProblemAndIsLookedForAgain() throws IOException {
    Path chip =
        chip(
            "hwmon5",
            "coretemp",
            "temp1_label",
            "Package id 0",
            "temp1_input",
            "50000",
            "temp2_label",
            "Core 0",
            "temp2_input",
            "48000");
    HostProbe probe = new HostProbe(hwmon, proc);
    assertThat(probe.read().host().cpuTempC()).isEqualTo(50.0);

    delete(chip);
    HostReading gone = probe.read();
    chip("hwmon6", "coretemp", "temp1_label", "Package id 0", "temp1_input", "57000");
    HostReading back = probe.read();

    assertThat(gone.host().coreTempsC()).isEmpty();
    assertThat(gone.problems())
        .anySatisfy(
            problem ->
                assertThat(problem)
                    .startsWith("CPU temperature: 2 of 2 sensors unreadable (" + chip)
                    .endsWith(": gone); looking for them again"));
    assertThat(back.host().cpuTempC()).isEqualTo(57.0);
    assertThat(back.problems()).noneMatch(problem -> problem.startsWith("CPU temperature"));
  }

  @Test
  void withoutHwmonOrProcFilesTheirFiguresAreAbsentAndTheRestIsRead() throws IOException {
    HostProbe probe = new HostProbe(dir.resolve("no-hwmon"), dir.resolve("no-proc"));

    HostReading reading = probe.read();

    assertThat(reading.host().coreTempsC()).isEmpty();
    assertThat(reading.host().disks()).isEmpty();
    assertThat(reading.host().network()).isEmpty();
    assertThat(reading.host().hostname()).as("from the JDK without procfs").isNotBlank();
    assertThat(reading.host().memoryTotalBytes()).isPositive();
    assertThat(reading.problems())
        .containsExactly(
            "disks: cannot read "
                + dir.resolve("no-proc/self/mounts")
                + ": "
                + dir.resolve("no-proc/self/mounts"),
            "network: cannot read "
                + dir.resolve("no-proc/net/dev")
                + ": "
                + dir.resolve("no-proc/net/dev"));
  }

  @Test
  void atMostThe32FirstInterfacesAreReported() throws IOException {
    StringBuilder dev = new StringBuilder("Inter-| header\n face | header\n");
    for (int i = 0; i < 40; i++) {
      dev.append("veth")
          .append(i)
          .append(": ")
          .append(i)
          .append(" 0 0 0 0 0 0 0 ")
          .append(2 * i)
          .append(" 0 0 0 0 0 0 0\n");
    }
    write(proc.resolve("net/dev"), dev.toString());

    HostReading reading = new HostProbe(hwmon, proc).read();

    assertThat(reading.host().network()).hasSize(Host.MAX_LINKS);
    assertThat(reading.host().network().get(31))
        .isEqualTo(new Host.NetworkLink("veth31", 31L, 62L));
    assertThat(reading.problems())
        .contains("network: 8 more interfaces are not reported (at most 32)");
  }

  @Test
  void theCpuLoadIsTheShareOfTicksNeitherIdleNorWaiting() {
    long[] before = new long[TickType.values().length];
    long[] after = new long[TickType.values().length];
    after[TickType.USER.getIndex()] = 30;
    after[TickType.SYSTEM.getIndex()] = 10;
    after[TickType.IDLE.getIndex()] = 50;
    after[TickType.IOWAIT.getIndex()] = 10;

    assertThat(HostProbe.cpuLoad(before, after)).isEqualTo(40.0);
    assertThat(HostProbe.cpuLoad(null, after)).isNull();
    assertThat(HostProbe.cpuLoad(after, after)).as("within one tick").isNull();
  }

  @Test
  void mountPathsAreUnescapedAsTheKernelEscapesThem() {
    assertThat(MountedDisks.unescape("/mnt/my\\040disk\\134x")).isEqualTo("/mnt/my disk\\x");
    assertThat(MountedDisks.unescape("/mnt/a\\04")).isEqualTo("/mnt/a\\04");
  }

  /** A hwmon chip directory with its name and the given file/content pairs. */
  private Path chip(String directory, String name, String... files) throws IOException {
    Path chip = Files.createDirectories(hwmon.resolve(directory));
    write(chip.resolve("name"), name + "\n");
    for (int i = 0; i < files.length; i += 2) {
      write(chip.resolve(files[i]), files[i + 1] + "\n");
    }
    return chip;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static void delete(Path tree) throws IOException {
    try (Stream<Path> paths = Files.walk(tree)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
