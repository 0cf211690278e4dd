package io.hashwatch.protocols.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.stream.Stream;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownHostsFileTest {
  @TempDir Path dir;

  private static byte[] blob(KeyPair pair) {
    ByteArrayBuffer buffer = new ByteArrayBuffer();
    buffer.putRawPublicKey(pair.getPublic());
    return buffer.getCompactData();
  }

  @Test
  void fingerprintIsOpenSshs() throws Exception {
    KeyPair pair = SshStandIn.newHostKey();

    KnownHostKey key = KnownHostKey.of("miner-7", blob(pair));

    assertThat(key.type()).isEqualTo("ecdsa-sha2-nistp256");
    assertThat(key.fingerprint())
        .isEqualTo(KeyUtils.getFingerPrint(pair.getPublic()))
        .startsWith("SHA256:")
        .doesNotEndWith("=");
  }

  @Test
  void hostNamesFollowOpenSsh() {
    assertThat(KnownHostKey.hostName("10.0.4.17", 22)).isEqualTo("10.0.4.17");
    assertThat(KnownHostKey.hostName("10.0.4.17", 2222)).isEqualTo("[10.0.4.17]:2222");
  }

  @Test
  void rememberedOnFirstUseAndOtherLinesKept() throws Exception {
    Path path = dir.resolve("known_hosts");
    List<String> before =
        List.of(
            "# Hashwatch sentry known hosts",
            "|1|aGFzaGVkc2FsdA==|aGFzaGVkaG9zdG5hbWU= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA==",
            "@revoked * ssh-rsa AAAAB3NzaC1yc2E=",
            "10.0.4.18,miner-18 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB==");
    Files.write(path, before);
    KnownHostsFile file = new KnownHostsFile(path);
    KnownHostKey offered = KnownHostKey.of("10.0.4.17", blob(SshStandIn.newHostKey()));

    assertThat(file.verify(offered)).isTrue();
    assertThat(file.verify(offered)).isFalse();

    List<String> after = Files.readAllLines(path);
    assertThat(after.subList(0, 4)).isEqualTo(before);
    assertThat(after.get(4)).isEqualTo(offered.line());
    assertThat(after).hasSize(5);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(path);
    }
  }

  @Test
  void anyNameOfACommaListMatches() throws Exception {
    Path path = dir.resolve("known_hosts");
    KnownHostKey known = KnownHostKey.of("miner-18", blob(SshStandIn.newHostKey()));
    Files.writeString(path, "10.0.4.18,MINER-18 " + known.type() + " " + known.base64() + "\n");

    assertThat(new KnownHostsFile(path).keysOf("miner-18")).containsExactly(known);
    assertThat(new KnownHostsFile(path).keysOf("10.0.4.1")).isEmpty();
  }

  @Test
  void aDifferentKeyIsRefusedAndNothingWritten() throws Exception {
    KnownHostsFile file = new KnownHostsFile(dir.resolve("data").resolve("known_hosts"));
    KnownHostKey first = KnownHostKey.of("[10.0.4.17]:2222", blob(SshStandIn.newHostKey()));
    KnownHostKey second = KnownHostKey.of("[10.0.4.17]:2222", blob(SshStandIn.newHostKey()));
    file.verify(first);
    String written = Files.readString(file.path());

    assertThatThrownBy(() -> file.verify(second))
        .isInstanceOf(HostKeyChangedException.class)
        .hasMessageContaining("host key of [10.0.4.17]:2222 has changed")
        .hasMessageContaining("remembered ecdsa-sha2-nistp256 " + first.fingerprint())
        .hasMessageContaining("offered ecdsa-sha2-nistp256 " + second.fingerprint())
        .hasMessageContaining("ssh-keygen -R '[10.0.4.17]:2222' -f " + file.path());
    assertThat(Files.readString(file.path())).isEqualTo(written);
  }

  @Test
  void aKeyOfAnotherTypeIsRefusedToo() throws Exception {
    KnownHostsFile file = new KnownHostsFile(dir.resolve("known_hosts"));
    file.verify(KnownHostKey.of("10.0.4.17", blob(SshStandIn.newHostKey())));
    KnownHostKey rsa = new KnownHostKey("10.0.4.17", "ssh-rsa", "AAAAB3NzaC1yc2EAAAADAQABAAAAAQC7");

    assertThatThrownBy(() -> file.verify(rsa)).isInstanceOf(HostKeyChangedException.class);
  }

  @Test
  void forgetRemovesOnlyThatHost() throws Exception {
    KnownHostsFile file = new KnownHostsFile(dir.resolve("known_hosts"));
    KnownHostKey seventeen = KnownHostKey.of("10.0.4.17", blob(SshStandIn.newHostKey()));
    KnownHostKey eighteen = KnownHostKey.of("10.0.4.18", blob(SshStandIn.newHostKey()));
    file.verify(seventeen);
    file.verify(eighteen);

    assertThat(file.forget("10.0.4.17")).isTrue();
    assertThat(file.forget("10.0.4.17")).isFalse();

    assertThat(Files.readAllLines(file.path())).containsExactly(eighteen.line());
  }
}
