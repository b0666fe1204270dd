package whereabouts.util;

import java.time.Duration;
import whereabouts.error.UnavailableException;

/**
 * A cooperative time budget for one piece of heavy work (an extraction, an import, a route, an export): loops call
 * {@link #check()} and the work stops with a {@link UnavailableException} once the budget is spent or the work
 * was {@link #cancel() cancelled} (the client went away). Thread-safe: the cancelling thread may be another one.
 */
public final class Deadline {
    private static final Deadline NONE = new Deadline(Long.MAX_VALUE, "");

    private final long endNanos;
    private final String what;
    private volatile boolean cancelled;

    private Deadline(long endNanos, String what) {
        this.endNanos = endNanos;
        this.what = what;
    }

    /** No budget: {@link #check()} never throws (tools, tests of the core). */
    public static Deadline none() {
        return NONE;
    }

    /** @param what the work, as the error message names it ("reading the text") */
    public static Deadline after(Duration budget, String what) {
        long now = System.nanoTime();
        long nanos = budget.toNanos();
        return new Deadline(Long.MAX_VALUE - now < nanos ? Long.MAX_VALUE : now + nanos, what);
    }

    /** Stops the work at its next check. */
    public void cancel() {
        if (this != NONE) {
            cancelled = true;
        }
    }

    public boolean expired() {
        return cancelled || endNanos != Long.MAX_VALUE && System.nanoTime() - endNanos > 0;
    }

    /** @throws UnavailableException when the budget is spent or the work was cancelled */
    public void check() {
        if (expired()) {
            throw UnavailableException.overBudget(cancelled
                    ? "The request was given up before " + what + " finished; nothing was changed."
                    : "The server stopped " + what + " after its time budget; nothing was changed. Send less at once"
                    + " (a shorter text, a smaller file) or try again later.");
        }
    }
}
