package whereabouts.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import whereabouts.config.RequestLimits;
import whereabouts.util.Deadline;
import whereabouts.util.SlotLimiter;

/**
 * Runs the handlers that can do heavy work (extraction, import, routing, export) in a {@link SlotLimiter} slot
 * (per user, token or address: 429 beyond {@link RequestLimits#heavyPerPrincipal()}; per server: a bounded queue,
 * 503 beyond), each with a {@link Deadline} of {@link RequestLimits#heavyBudget()} that the work checks in its loops
 * (503 when spent).
 */
final class HeavyRequests {
    private static final String DEADLINE = "whereabouts.deadline";

    private final RequestLimits limits;
    private final RequestGuard guard;
    private final SlotLimiter slots;

    HeavyRequests(RequestLimits limits, RequestGuard guard) {
        this.limits = limits;
        this.guard = guard;
        this.slots = new SlotLimiter(limits.heavyPerPrincipal(), limits.heavyPerServer(), limits.heavyQueue(),
                limits.heavyQueueWait());
    }

    /** The deadline of the heavy request being handled; {@link Deadline#none()} outside one. */
    static Deadline deadline(Context ctx) {
        Deadline d = ctx.attribute(DEADLINE);
        return d == null ? Deadline.none() : d;
    }

    /** {@code handler} under the limits; {@code what} names the work in a 503 ("reading the text"). */
    Handler wrap(String what, Handler handler) {
        return ctx -> {
            try (SlotLimiter.Slot slot = slots.acquire(key(ctx))) {
                ctx.attribute(DEADLINE, Deadline.after(limits.heavyBudget(), what));
                handler.handle(ctx);
            }
        };
    }

    private String key(Context ctx) {
        return guard.limitKey(ctx);
    }
}
