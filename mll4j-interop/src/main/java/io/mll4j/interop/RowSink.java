package io.mll4j.interop;

/** Receives the score rows of a label pickle in file order, and numbers them. */
interface RowSink {
    /**
     * A row whose values are known.
     *
     * @return its row id
     */
    int accept(float[] values);

    /**
     * A numpy row whose raw bytes start at {@code offset} in the pickle file ({@code -1} if they are not stored
     * raw there), encoded as {@code encoding} in {@code dtype}'s byte order.
     *
     * @return its row id
     */
    int acceptRaw(NumpyArray array, int row, long offset);
}
