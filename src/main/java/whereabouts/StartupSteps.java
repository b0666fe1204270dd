package whereabouts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Wall-clock milliseconds of each step of the server's start (gazetteer, rail network, database, demo, HTTP), for
 * the one log line that says where the start went (docs/performance.md reads it). Steps may run on several
 * threads at once (their times then overlap). Thread-safe.
 */
public final class StartupSteps {
    private final List<String> steps = java.util.Collections.synchronizedList(new ArrayList<>());
    private final long startNanos = System.nanoTime();

    /** Runs {@code step}, remembering how long it took under {@code name}. */
    public <T> T time(String name, Supplier<T> step) {
        long s = System.nanoTime();
        T out = step.get();
        steps.add(name + " " + (System.nanoTime() - s) / 1_000_000 + " ms");
        return out;
    }

    /** Runs {@code step}, remembering how long it took under {@code name}. */
    public void run(String name, Runnable step) {
        time(name, () -> {
            step.run();
            return null;
        });
    }

    /** E.g. "1234 ms (gazetteer 400 ms, rail network 30 ms, …)": total since construction, then each step. */
    public String summary() {
        synchronized (steps) {
            return (System.nanoTime() - startNanos) / 1_000_000 + " ms (" + String.join(", ", steps) + ")";
        }
    }
}
