package whereabouts.http;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import whereabouts.util.Deadline;

/**
 * A download's output that checks the request's {@link Deadline} on every write: a streamed export past its time
 * budget ends there (the answer is already under way, so the file is cut short rather than turned into a 503). A
 * client that went away makes the write fail, which stops the export too.
 */
final class DeadlineOutputStream extends FilterOutputStream {
    private final Deadline deadline;

    DeadlineOutputStream(OutputStream out, Deadline deadline) {
        super(out);
        this.deadline = deadline;
    }

    @Override
    public void write(int b) throws IOException {
        deadline.check();
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        deadline.check();
        out.write(b, off, len);
    }
}
