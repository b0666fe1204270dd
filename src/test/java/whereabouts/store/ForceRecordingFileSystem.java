package whereabouts.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:forcerec:/path/db}) over the ordinary one that numbers every write and every
 * {@code force()} (fsync) of H2's files in one sequence, so a test can tell whether all that was written before an
 * answer had been forced to disk before it. Register once per JVM with {@link #register()}.
 */
public final class ForceRecordingFileSystem extends FilePathWrapper {
    public static final String SCHEME = "forcerec";
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final AtomicLong LAST_WRITE = new AtomicLong();
    private static final AtomicLong LAST_FORCE = new AtomicLong();
    private static final AtomicLong FORCES = new AtomicLong();
    private static volatile boolean registered;

    public static synchronized void register() {
        if (!registered) {
            FilePath.register(new ForceRecordingFileSystem());
            registered = true;
        }
    }

    /** Sequence number of the last write to any H2 file (0 = none yet). */
    public static long lastWrite() {
        return LAST_WRITE.get();
    }

    /** Sequence number of the last completed force (0 = none yet). */
    public static long lastForce() {
        return LAST_FORCE.get();
    }

    public static long forces() {
        return FORCES.get();
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Recording(getBase().open(mode));
    }

    private static final class Recording extends FileChannel {
        private final FileChannel base;

        Recording(FileChannel base) {
            this.base = base;
        }

        private static <T> T wrote(T result) {
            LAST_WRITE.set(SEQUENCE.incrementAndGet());
            return result;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
            FORCES.incrementAndGet();
            LAST_FORCE.set(SEQUENCE.incrementAndGet());
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return wrote(base.write(src));
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            return wrote(base.write(srcs, offset, length));
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            return wrote(base.write(src, position));
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
            return wrote(base.transferFrom(src, position, count));
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return wrote(this);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return base.read(dsts, offset, length);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            return base.transferTo(position, count, target);
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return base.map(mode, position, size);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return base.lock(position, size, shared);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
