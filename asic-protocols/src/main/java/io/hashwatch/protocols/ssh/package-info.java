/**
 * SSH to miner firmware (RFC 4251-4254, through JSch): one command per connection with a connect
 * timeout, a command timeout and a bound on the output; host keys remembered on first use and
 * refused when they change, in an OpenSSH {@code known_hosts} file ({@link
 * io.hashwatch.protocols.ssh.KnownHostsFile}); and the firmware queries on top ({@link
 * io.hashwatch.protocols.ssh.FirmwareShell}), their commands per firmware as data ({@link
 * io.hashwatch.protocols.ssh.SshFirmware}, after pyasic {@code pyasic/ssh}).
 */
package io.hashwatch.protocols.ssh;
