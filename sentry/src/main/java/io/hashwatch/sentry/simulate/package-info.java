/**
 * Simulated miners for demos and load tests: each a real TCP server on its own loopback address
 * (127.0.x.y:4028) that answers the cgminer API with the recorded replies of a real firmware
 * (resources beside this package, SOURCES.md in each folder), hashrates drifting and counters
 * growing with time. The replies keep their firmware's quirks: the figures are changed in the text.
 */
package io.hashwatch.sentry.simulate;
