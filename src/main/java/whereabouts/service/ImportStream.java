package whereabouts.service;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import whereabouts.error.UnacceptableFileException;
import whereabouts.util.Deadline;

/**
 * An uploaded file as the import reads it (#26): at most {@code maxBytes} (beyond: 413, nothing imported), and the
 * request's time budget checked at every read, so a slow or endless upload stops the import too.
 */
final class ImportStream extends FilterInputStream {
    private final long maxBytes;
    private final Deadline deadline;
    private long read;

    ImportStream(InputStream in, long maxBytes, Deadline deadline) {
        super(in);
        this.maxBytes = maxBytes;
        this.deadline = deadline;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        deadline.check();
        int n = super.read(b, off, len);
        if (n > 0) {
            read += n;
            if (read > maxBytes) {
                throw UnacceptableFileException.tooLarge("file_too_large", "The file is larger than " + maxBytes
                        + " bytes, the most imported at once. Nothing was imported.");
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
