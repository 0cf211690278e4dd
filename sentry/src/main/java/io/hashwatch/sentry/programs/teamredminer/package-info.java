/**
 * TeamRedMiner (AMD GPUs): its sgminer-compatible API on TCP 4028 ({@code --api_listen}), the
 * cgminer RPC protocol (docs PROTOCOLS.md section 1) with {@code summary}, {@code devs} and {@code
 * pools}.
 */
package io.hashwatch.sentry.programs.teamredminer;
