/**
 * Relay boards over Modbus TCP (Modbus Application Protocol V1.1b3 and Modbus Messaging on TCP/IP
 * Implementation Guide V1.0b), one coil per relay: Write Single Coil (function 0x05, {@code FF00}
 * on, {@code 0000} off, answered by an echo) switches and Read Coils (0x01) reads. Each frame is an
 * MBAP header (transaction id, protocol 0, length, unit id) and a PDU; a refusal is an exception
 * response, the function code with its high bit set and an exception code. Modbus has no
 * authentication and no power metering. The client is ours, over a plain socket, with a connect
 * timeout, a deadline for the whole exchange and frames bounded by the protocol's 260 bytes.
 */
package io.hashwatch.protocols.relay.modbus;
