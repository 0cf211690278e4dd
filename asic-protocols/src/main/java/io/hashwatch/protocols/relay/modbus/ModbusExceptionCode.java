package io.hashwatch.protocols.relay.modbus;

/** The exception codes of Modbus Application Protocol V1.1b3, section 7. */
public enum ModbusExceptionCode {
  ILLEGAL_FUNCTION(0x01, "illegal function"),
  ILLEGAL_DATA_ADDRESS(0x02, "illegal data address"),
  ILLEGAL_DATA_VALUE(0x03, "illegal data value"),
  SERVER_DEVICE_FAILURE(0x04, "server device failure"),
  ACKNOWLEDGE(0x05, "acknowledge"),
  SERVER_DEVICE_BUSY(0x06, "server device busy"),
  MEMORY_PARITY_ERROR(0x08, "memory parity error"),
  GATEWAY_PATH_UNAVAILABLE(0x0A, "gateway path unavailable"),
  GATEWAY_TARGET_FAILED(0x0B, "gateway target device failed to respond");

  private final int code;
  private final String description;

  ModbusExceptionCode(int code, String description) {
    this.code = code;
    this.description = description;
  }

  public int code() {
    return code;
  }

  /** The code in words, such as "exception 2 (illegal data address)". */
  public static String describe(int code) {
    for (ModbusExceptionCode known : values()) {
      if (known.code == code) {
        return "exception " + code + " (" + known.description + ")";
      }
    }
    return "exception " + code + " (not a standard code)";
  }
}
