/**
 * Strict reading of JSON-P (RFC 8259) documents that names the exact field at fault, so that a
 * refused payload tells its sender what to fix.
 */
package io.hashwatch.protocols.json;
