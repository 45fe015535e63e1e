package thema.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops reading after a byte limit: a zip entry's declared size cannot be trusted (zip bombs). */
public final class LimitedInputStream extends FilterInputStream {
    /** Thrown when more than the limit would be read. */
    public static final class LimitExceeded extends IOException {
        LimitExceeded(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    private final long limit;
    private long read;

    public LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) count(1);
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) count(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long k = super.skip(n);
        count(k);
        return k;
    }

    private void count(long n) throws LimitExceeded {
        read += n;
        if (read > limit) throw new LimitExceeded(limit);
    }
}
