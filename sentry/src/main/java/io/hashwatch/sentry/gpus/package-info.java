/**
 * The rig's GPUs: NVIDIA through {@code nvidia-smi}, AMD through the kernel's sysfs and {@code
 * rocm-smi}; GPUs that disappear are reported as lost.
 */
package io.hashwatch.sentry.gpus;
