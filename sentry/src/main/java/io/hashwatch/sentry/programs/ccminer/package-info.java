/**
 * ccminer (NVIDIA GPUs, tpruvot's and its forks): its plain-text API on TCP 4068 ({@code -b}), one
 * request per connection ({@code summary|}, {@code pool|}, {@code threads|}), replies of {@code
 * KEY=VALUE;...|} records (api.cpp), read with {@link io.hashwatch.sentry.programs.PipeRecords}.
 */
package io.hashwatch.sentry.programs.ccminer;
