package io.mll4j.interop;

import java.nio.ByteBuffer;

/** How one score is stored in a numpy row: float16, float32 or float64. */
enum ScoreEncoding {
    FLOAT16 {
        @Override
        float read(ByteBuffer b, int rowStart, int index) {
            return Float.float16ToFloat(b.getShort(rowStart + 2 * index));
        }
    },
    FLOAT32 {
        @Override
        float read(ByteBuffer b, int rowStart, int index) {
            return b.getFloat(rowStart + 4 * index);
        }
    },
    FLOAT64 {
        @Override
        float read(ByteBuffer b, int rowStart, int index) {
            return (float) b.getDouble(rowStart + 8 * index);
        }
    };

    /** Score {@code index} of the row starting at byte {@code rowStart} of {@code b} (whose order is set). */
    abstract float read(ByteBuffer b, int rowStart, int index);

    static ScoreEncoding of(NumpyDtype dtype) {
        return switch (dtype.floatBytes()) {
            case 2 -> FLOAT16;
            case 4 -> FLOAT32;
            default -> FLOAT64;
        };
    }
}
