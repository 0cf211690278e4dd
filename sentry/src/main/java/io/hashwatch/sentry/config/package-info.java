/**
 * The sentries' configuration: a file of {@code key = value} lines, with {@code [group NAME]} and
 * {@code [relay URL]} sections for an ASIC sentry and {@code [program NAME]} sections for a rig
 * sentry (documented in sentry/README.md, examples in sentry/examples/asic-sentry.conf and
 * rig-sentry.conf), flags that replace the sentry's own settings, and secrets given as {@code
 * env:NAME} or {@code file:PATH}. Every error names its line or flag and never shows a secret.
 */
package io.hashwatch.sentry.config;
