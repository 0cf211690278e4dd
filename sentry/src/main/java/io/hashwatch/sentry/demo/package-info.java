/**
 * The demo farm that {@code bin/commander} starts beside a new commander: simulated miners of mixed
 * firmware and an ASIC sentry watching them, registered with the commander once as the first admin,
 * so that a first start shows a living farm.
 */
package io.hashwatch.sentry.demo;
