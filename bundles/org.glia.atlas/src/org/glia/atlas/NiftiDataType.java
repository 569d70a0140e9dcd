package org.glia.atlas;

/** The NIfTI-1 voxel types Glia reads and writes (label volumes); others are refused. */
public enum NiftiDataType {
    /** Unsigned 8-bit integers (NIfTI code 2). */
    UINT8(2, 1),
    /** Signed 16-bit integers (NIfTI code 4). */
    INT16(4, 2),
    /** Signed 32-bit integers (NIfTI code 8). */
    INT32(8, 4),
    /** 32-bit IEEE floats (NIfTI code 16). */
    FLOAT32(16, 4);

    private final int code;
    private final int bytes;

    NiftiDataType(int code, int bytes) {
        this.code = code;
        this.bytes = bytes;
    }

    /** The header's datatype code. */
    public int code() {
        return code;
    }

    /** Bytes per voxel. */
    public int bytes() {
        return bytes;
    }

    /** The header's bitpix for this type. */
    public int bitpix() {
        return bytes * 8;
    }

    /** The type with this header code, or {@code null} when Glia does not support it. */
    public static NiftiDataType ofCode(int code) {
        for (NiftiDataType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }

    /** A readable name for a header code, for messages about unsupported types. */
    public static String describe(int code) {
        return switch (code) {
            case 1 -> "binary (1)";
            case 32 -> "complex64 (32)";
            case 64 -> "float64 (64)";
            case 128 -> "rgb24 (128)";
            case 256 -> "int8 (256)";
            case 512 -> "uint16 (512)";
            case 768 -> "uint32 (768)";
            case 1024 -> "int64 (1024)";
            case 1280 -> "uint64 (1280)";
            default -> "code " + code;
        };
    }
}
