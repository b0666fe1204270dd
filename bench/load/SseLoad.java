import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Event-stream load, in two roles that run as two processes (bench/load/sse-load.sh starts both):
 *
 * <pre>
 * java bench/load/SseLoad.java readers http://127.0.0.1:7070 STREAMS EXPECTED_CHANGES [STALLED]
 * java bench/load/SseLoad.java writes  http://127.0.0.1:7070 WRITES RATE
 * </pre>
 *
 * <p>{@code readers} stands for the browsers: it opens STREAMS {@code /api/events} streams over plain sockets on one
 * selector thread (HTTP/1.1, chunked bodies decoded, only the {@code id:} and {@code event:} lines looked at), prints
 * {@code open} once every stream has its hello, then waits until every stream has EXPECTED_CHANGES change events (or
 * was closed by the server) and prints how many got all of them in order, and when the last one got its last change.
 * It is cheap on purpose: on a machine shared with the server, what it costs is taken from the server; run it under
 * {@code nice} there. With STALLED, it also opens that many streams that never read a byte (receive buffer 1 KiB):
 * clients that went to sleep, which must not hold up the others.
 *
 * <p>{@code writes} stands for the desk: it creates a track, then posts WRITES sightings at RATE per second on its
 * own HTTP client (so nothing but the server's answer is in the timing) and prints the POST latency percentiles.
 * The readers expect WRITES + 1 changes (the track and every sighting).
 */
public class SseLoad {
    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "readers" -> readers(URI.create(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    args.length > 4 ? Integer.parseInt(args[4]) : 0);
            case "writes" -> writes(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("readers or writes, not " + args[0]);
        }
    }

    // ---- the desk -------------------------------------------------------------------------------------------

    static void writes(String base, int writes, int rate) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).build();
        String track = http.send(post(base + "/api/tracks", "{\"name\":\"load\"}"),
                HttpResponse.BodyHandlers.ofString()).body().replaceAll(".*\"id\":(\\d+).*", "$1");
        long[] latencies = new long[writes];
        long start = System.nanoTime();
        for (int i = 0; i < writes; i++) {
            long due = start + (long) (i * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(post(base + "/api/tracks/" + track + "/sightings",
                    "{\"observedAt\":\"2023-09-12T06:00+10:00\",\"lat\":42.4,\"lon\":130.6,\"source\":\"load\"}"),
                    HttpResponse.BodyHandlers.ofString());
            latencies[i] = System.nanoTime() - t0;
            if (r.statusCode() != 201) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println("last write answered at " + System.currentTimeMillis());
        Arrays.sort(latencies);
        System.out.printf("writes=%d in %.1f s (asked %d/s) POST p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms%n",
                writes, seconds, rate, latencies[writes / 2] / 1e6, latencies[(int) (writes * 0.9)] / 1e6,
                latencies[(int) (writes * 0.99)] / 1e6, latencies[writes - 1] / 1e6);
    }

    static HttpRequest post(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    // ---- the browsers ---------------------------------------------------------------------------------------

    static void readers(URI base, int count, int expected, int stalledCount) throws Exception {
        InetSocketAddress address = new InetSocketAddress(base.getHost(), base.getPort());
        byte[] request = ("GET /api/events HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        List<java.net.Socket> stalled = new ArrayList<>();
        for (int i = 0; i < stalledCount; i++) {
            java.net.Socket s = new java.net.Socket();
            s.setReceiveBufferSize(1024);
            s.connect(address);
            s.getOutputStream().write(request);
            stalled.add(s);
        }
        Selector selector = Selector.open();
        List<Stream> streams = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
        byte[] bytes = new byte[64 * 1024];
        boolean announced = false;
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            // open streams 200 at a time, each batch once the previous ones said hello
            int helloed = Stream.helloed;
            if (streams.size() < count && helloed >= streams.size() - 100) {
                for (int i = 0; i < 200 && streams.size() < count; i++) {
                    SocketChannel ch = SocketChannel.open(address);
                    ch.write(ByteBuffer.wrap(request));
                    ch.configureBlocking(false);
                    Stream s = new Stream();
                    streams.add(s);
                    ch.register(selector, SelectionKey.OP_READ, s);
                }
            }
            if (!announced && streams.size() == count && helloed == count) {
                System.out.println("open " + count);
                System.out.flush();
                announced = true;
            }
            if (announced && Stream.done == count) {
                System.out.println("last change received at " + System.currentTimeMillis());
                break;
            }
            selector.select(100);
            for (SelectionKey key : selector.selectedKeys()) {
                Stream s = (Stream) key.attachment();
                SocketChannel ch = (SocketChannel) key.channel();
                buffer.clear();
                int n;
                try {
                    n = ch.read(buffer);
                } catch (IOException e) {
                    n = -1;
                }
                if (n < 0) {
                    s.close(expected);
                    key.cancel();
                    ch.close();
                    continue;
                }
                buffer.flip();
                buffer.get(bytes, 0, n);
                s.feed(bytes, n, expected);
            }
            selector.selectedKeys().clear();
        }
        long complete = streams.stream().filter(s -> s.changes == expected && s.inOrder).count();
        long closed = streams.stream().filter(s -> s.closed).count();
        System.out.printf("streams=%d expected=%d changes each: %d of %d got every change in order,"
                + " %d closed by the server%n", count, expected, complete, count, closed);
        if (stalledCount > 0) { // a stalled stream's backlog filled: the server must have dropped it
            int dropped = 0;
            byte[] sink = new byte[1 << 16];
            for (java.net.Socket s : stalled) {
                s.setSoTimeout(5000);
                try {
                    while (s.getInputStream().read(sink) >= 0) {
                        // what the server had sent before it gave up
                    }
                    dropped++;
                } catch (java.net.SocketTimeoutException stillOpen) {
                    // not dropped: its socket buffers never filled
                }
            }
            System.out.printf("stalled streams dropped by the server: %d of %d%n", dropped, stalledCount);
        }
        System.exit(0);
    }

    /** One event stream: HTTP head, then chunked body; counts change events and checks their ids increase. */
    static final class Stream {
        /** Streams that have their hello; streams that have every change or were closed (one selector thread). */
        static int helloed;
        static int done;
        boolean hello;
        boolean closed;
        boolean inOrder = true;
        int changes;
        long lastId;

        private boolean inHead = true;
        private final StringBuilder head = new StringBuilder();
        private boolean chunked;
        private int headMatch; // how much of CRLF CRLF has been seen
        /** Body bytes left in the current chunk; -1 while reading a chunk-size line. */
        private long chunkLeft = -1;
        private long chunkSize;
        private boolean skipCrlf; // the CRLF after a chunk's data
        private final StringBuilder sizeLine = new StringBuilder();
        private final StringBuilder line = new StringBuilder();

        void feed(byte[] b, int n, int expected) {
            boolean wasDone = changes >= expected;
            parse(b, n);
            if (!wasDone && changes >= expected && !closed) {
                done++;
            }
        }

        void close(int expected) {
            if (!closed) {
                closed = true;
                if (changes < expected) {
                    done++;
                }
            }
        }

        private void parse(byte[] b, int n) {
            int i = 0;
            if (inHead) {
                while (i < n && inHead) {
                    byte c = b[i++];
                    head.append((char) c);
                    headMatch = (c == (headMatch % 2 == 0 ? '\r' : '\n')) ? headMatch + 1 : (c == '\r' ? 1 : 0);
                    inHead = headMatch < 4;
                }
                chunked = !inHead && head.toString().toLowerCase().contains("transfer-encoding: chunked");
            }
            if (!inHead && !chunked) { // the body runs until the server closes the connection
                for (; i < n; i++) {
                    body(b[i]);
                }
                return;
            }
            while (i < n) {
                if (skipCrlf) {
                    if (b[i++] == '\n') {
                        skipCrlf = false;
                    }
                } else if (chunkLeft < 0) {
                    byte c = b[i++];
                    if (c == '\n') {
                        chunkSize = Long.parseLong(sizeLine.toString().trim().split(";")[0], 16);
                        sizeLine.setLength(0);
                        chunkLeft = chunkSize;
                        if (chunkSize == 0) {
                            return; // the server ended the stream; the socket closes next
                        }
                    } else if (c != '\r') {
                        sizeLine.append((char) c);
                    }
                } else {
                    int take = (int) Math.min(chunkLeft, n - i);
                    for (int k = i; k < i + take; k++) {
                        body(b[k]);
                    }
                    i += take;
                    chunkLeft -= take;
                    if (chunkLeft == 0) {
                        chunkLeft = -1;
                        skipCrlf = true;
                    }
                }
            }
        }

        private void body(byte c) {
            if (c != '\n') {
                if (line.length() < 64) { // only the start of a line matters
                    line.append((char) c);
                }
                return;
            }
            if (line.length() > 4 && line.charAt(0) == 'i' && line.indexOf("id: ") == 0) {
                int at = line.indexOf("@");
                long id = Long.parseLong(line.substring(4, at < 0 ? line.length() : at).trim());
                if (id <= lastId) {
                    inOrder = false;
                }
                lastId = id;
            } else if (line.indexOf("event: change") == 0) {
                changes++;
            } else if (line.indexOf("event: hello") == 0 && !hello) {
                hello = true;
                helloed++;
            }
            line.setLength(0);
        }
    }
}
