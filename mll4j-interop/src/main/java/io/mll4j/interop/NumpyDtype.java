package io.mll4j.interop;

import io.mll4j.exception.DataException;

import java.nio.ByteOrder;

/**
 * A numpy {@code dtype} as unpickled: {@code numpy.dtype('f2', False, True)} then {@code __setstate__} with the byte
 * order. Only floating types are label scores. Public because Pyrolite calls {@link #__setstate__} reflectively.
 */
public final class NumpyDtype {
    private final String code;
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;

    NumpyDtype(String code) {
        this.code = code;
    }

    /** numpy's state tuple: (version, byte order '<' '>' '|' '=', ...). */
    public void __setstate__(Object[] state) {
        if (state.length > 1 && state[1] instanceof String endian) {
            order = switch (endian) {
                case ">" -> ByteOrder.BIG_ENDIAN;
                case "=" -> ByteOrder.nativeOrder();
                default -> ByteOrder.LITTLE_ENDIAN;
            };
        }
    }

    /** Bytes per element of a floating type. */
    int floatBytes() {
        return switch (code) {
            case "f2", "e", "float16" -> 2;
            case "f4", "f", "float32" -> 4;
            case "f8", "d", "float64" -> 8;
            default -> throw new DataException("numpy dtype '" + code + "' is not a floating type; label rows must "
                    + "be float16, float32 or float64");
        };
    }

    ByteOrder order() {
        return order;
    }

    @Override
    public String toString() {
        return (order == ByteOrder.BIG_ENDIAN ? ">" : "<") + code;
    }
}
