/**
 * cpuminer-opt (CPU mining, JayDDee's fork of cpuminer-multi): its plain-text API on TCP 4048
 * ({@code -b, --api-bind}), the same {@code KEY=VALUE;...|} records as ccminer's, read with {@link
 * io.hashwatch.sentry.programs.PipeRecords}.
 */
package io.hashwatch.sentry.programs.cpuminer;
