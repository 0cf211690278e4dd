/**
 * The ASIC sentry's configuration: a file of {@code key = value} lines with {@code [group NAME]}
 * and {@code [relay URL]} sections (documented in sentry/README.md, example in
 * sentry/examples/asic-sentry.conf), flags that replace the sentry's own settings, and secrets
 * given as {@code env:NAME} or {@code file:PATH}. Every error names its line or flag and never
 * shows a secret.
 */
package io.hashwatch.sentry.config;
