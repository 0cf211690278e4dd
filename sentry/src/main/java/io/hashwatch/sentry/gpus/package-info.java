/**
 * The rig's GPUs: NVIDIA through {@code nvidia-smi} (its {@code --query-gpu} CSV, else {@code -q
 * -x} XML, else {@code -q} text, as nvidia-smi(1) documents them), AMD through the amdgpu driver's
 * sysfs files (the kernel's Documentation/gpu/amdgpu/thermal.rst and driver-misc.rst) with names
 * from {@code rocm-smi --json}; GPUs that disappear are reported as lost. Tools run through {@link
 * io.hashwatch.sentry.gpus.ExternalTool}: no shell, a time limit, bounded output.
 */
package io.hashwatch.sentry.gpus;
