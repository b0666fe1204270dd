package whereabouts.util;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Reads what {@link ArrayOutput} wrote, in bulk. Lengths are checked against {@code maxLength}. */
public final class ArrayInput implements Closeable {
    private static final int CHUNK_BYTES = 1 << 16;
    private static final int MAX_LENGTH = 1 << 28;
    private final DataInputStream in;
    private final byte[] chunk = new byte[CHUNK_BYTES];
    private final ByteBuffer buf = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);

    public ArrayInput(InputStream in) {
        this.in = new DataInputStream(new BufferedInputStream(in, CHUNK_BYTES));
    }

    public int readInt() throws IOException {
        return in.readInt();
    }

    public long readLong() throws IOException {
        return in.readLong();
    }

    public double readDouble() throws IOException {
        return in.readDouble();
    }

    public String readString() throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private int length() throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_LENGTH) {
            throw new IOException("corrupt file: array length " + n);
        }
        return n;
    }

    public int[] readInts() throws IOException {
        int[] a = new int[length()];
        for (int i = 0; i < a.length; ) {
            int k = Math.min(a.length - i, CHUNK_BYTES / Integer.BYTES);
            in.readFully(chunk, 0, k * Integer.BYTES);
            buf.clear();
            buf.asIntBuffer().get(a, i, k);
            i += k;
        }
        return a;
    }

    public double[] readDoubles() throws IOException {
        double[] a = new double[length()];
        for (int i = 0; i < a.length; ) {
            int k = Math.min(a.length - i, CHUNK_BYTES / Double.BYTES);
            in.readFully(chunk, 0, k * Double.BYTES);
            buf.clear();
            buf.asDoubleBuffer().get(a, i, k);
            i += k;
        }
        return a;
    }

    public byte[] readBytes() throws IOException {
        byte[] a = new byte[length()];
        in.readFully(a);
        return a;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
