/**
 * The rig's machine: CPU, memory, disks, network, uptime and fans through OSHI and the Linux
 * kernel's own files (proc(5), the hwmon sysfs interface), read at next to no cost.
 */
package io.hashwatch.sentry.host;
