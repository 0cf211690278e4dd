/**
 * HTTP to devices (web CGI of miners, relay APIs): bounded bodies, timeouts on every call, and the
 * authentication devices use: HTTP Basic (RFC 7617) and Digest (RFC 7616, MD5 for Antminer, SHA-256
 * for Shelly Gen2+), which the JDK client does not speak.
 */
package io.hashwatch.protocols.http;
