/**
 * Braiins OS / Braiins OS+ on Antminers. Readings come from the cgminer-compatible API of bosminer
 * and BOSer on TCP 4028 (Braiins OS docs, "BOSminer API": the cgminer commands plus {@code fans},
 * {@code temps}, {@code tunerstatus}, {@code pause}, {@code resume}). Actions go over the public
 * REST API of Braiins OS 25.07 and later ({@code /api/v1}, OpenAPI "Braiins OS Public REST API"
 * 1.3.0, token from {@code POST /api/v1/auth/login} in the {@code Authorization} header); older
 * builds can only pause and resume over the cgminer API. Their GraphQL and gRPC APIs are not used.
 */
package io.hashwatch.protocols.miner.braiins;
