package io.mll4j.interop;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes consumed, so a pickle reader knows where in the file a value's raw bytes lie. */
final class CountingInputStream extends FilterInputStream {
    private long position;

    CountingInputStream(InputStream in) {
        super(in);
    }

    long position() {
        return position;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            position++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            position += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        position += skipped;
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
