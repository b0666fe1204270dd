package whereabouts.track.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import whereabouts.track.TimeWindow;

/**
 * The alibi query for two subjects moving along routes (after Othman, Kuijpers and Grimson's alibi query on
 * space–time prisms, with Kuijpers and Othman's prisms constrained to a network): in which time windows could the
 * two have been within {@code withinKm} of each other, where, and in which windows certainly not.
 *
 * <p>At every instant each subject's feasible set is an interval of its current route's measure
 * ({@link LegPrism}); the two could be within {@code withinKm} at t iff the smallest great-circle distance
 * between the two route pieces is at most {@code withinKm}. The query sweeps the merged event instants of both
 * tracks (report instants and the prisms' kinks): between two consecutive events both bounds of both prisms are
 * linear in t, so over an interval [a, b]
 * <ul>
 *   <li>every piece lies within the <em>hull</em> [min lo, max hi] of its end values: if the hulls are farther
 *       apart than {@code withinKm}, the whole interval is certainly apart;</li>
 *   <li>every piece contains the <em>core</em> [max lo, min hi]: if the cores are within {@code withinKm}, a
 *       meeting is possible throughout.</li>
 * </ul>
 * Intervals that neither test settles are halved until they are shorter than the resolution (1 s by default),
 * then decided at their middle; so window ends are exact to the resolution, and most of a long track is settled
 * by one sphere test per event interval. Cost: O((n + m) log(n + m)) for the sweep, plus, per interval near a
 * window's end, log₂(interval / resolution) piece-distance evaluations.
 *
 * <p>Distances are great-circle distances on the sphere of the Earth's mean radius, between routes drawn as
 * chords of their vertices (within 0.5 % of the WGS84 geodesic, and metres of the drawn line). Thread-safe.
 */
public final class AlibiQuery {
    /** Window ends are exact to this, milliseconds. */
    public static final long DEFAULT_RESOLUTION_MS = 1000;
    /** Instants sampled per possible window to find the closest approach (ends, middle, kinks). */
    private static final int MAX_SAMPLES = 32;

    private final long resolutionMs;

    public AlibiQuery() {
        this(DEFAULT_RESOLUTION_MS);
    }

    /** @param resolutionMs how exact window ends are, milliseconds, &gt; 0 */
    public AlibiQuery(long resolutionMs) {
        if (resolutionMs <= 0) {
            throw new IllegalArgumentException("resolutionMs must be > 0, got " + resolutionMs);
        }
        this.resolutionMs = resolutionMs;
    }

    /**
     * @param withinKm how close counts as "could have met", km, ≥ 0
     */
    public Alibi between(TrackPrisms a, TrackPrisms b, double withinKm) {
        if (!(withinKm >= 0) || Double.isInfinite(withinKm)) {
            throw new IllegalArgumentException("withinKm must be a finite number ≥ 0, got " + withinKm);
        }
        if (a.isEmpty() || b.isEmpty() || Math.max(a.startMs(), b.startMs()) >= Math.min(a.endMs(), b.endMs())) {
            return new Alibi(a.trackId(), b.trackId(), withinKm, null, null, List.of(), List.of());
        }
        long from = Math.max(a.startMs(), b.startMs());
        long to = Math.min(a.endMs(), b.endMs());
        long[] events = events(a, b, from, to);
        Runs runs = new Runs();
        int ia = legAt(a, from);
        int ib = legAt(b, from);
        for (int k = 0; k + 1 < events.length; k++) {
            long t0 = events[k];
            long t1 = events[k + 1];
            while (a.legs().get(ia).endMs() <= t0) {
                ia++;
            }
            while (b.legs().get(ib).endMs() <= t0) {
                ib++;
            }
            classify(a.legs().get(ia), b.legs().get(ib), t0, t1, withinKm, runs);
        }
        List<MeetingWindow> possible = new ArrayList<>();
        List<TimeWindow> apart = new ArrayList<>();
        for (int i = 0; i < runs.size; i++) {
            long start = Math.round(runs.starts[i]);
            long end = Math.round(runs.ends[i]);
            if (runs.possible[i]) {
                possible.add(detail(a, b, start, end, events));
            } else {
                apart.add(new TimeWindow(Instant.ofEpochMilli(start), Instant.ofEpochMilli(end)));
            }
        }
        return new Alibi(a.trackId(), b.trackId(), withinKm, Instant.ofEpochMilli(from), Instant.ofEpochMilli(to),
                possible, apart);
    }

    /** Report instants and kinks of both tracks within [from, to], sorted, without repeats. */
    private static long[] events(TrackPrisms a, TrackPrisms b, long from, long to) {
        long[] all = new long[4 * (a.legs().size() + b.legs().size()) + 2];
        int n = 0;
        all[n++] = from;
        all[n++] = to;
        for (TrackPrisms track : List.of(a, b)) {
            for (LegPrism leg : track.legs()) {
                if (leg.endMs() <= from || leg.startMs() >= to) {
                    continue;
                }
                all[n++] = leg.startMs();
                all[n++] = leg.endMs();
                for (long kink : leg.kinks()) {
                    all[n++] = kink;
                }
            }
        }
        Arrays.sort(all, 0, n);
        int m = 0;
        for (int i = 0; i < n; i++) {
            long t = all[i];
            if (t >= from && t <= to && (m == 0 || all[m - 1] != t)) {
                all[m++] = t;
            }
        }
        return Arrays.copyOf(all, m);
    }

    /** Settles [t0, t1], on which both prisms are linear, into possible / apart runs. */
    private void classify(LegPrism pa, LegPrism pb, double t0, double t1, double withinKm, Runs out) {
        double aLo0 = pa.lo(t0), aLo1 = pa.lo(t1), aHi0 = pa.hi(t0), aHi1 = pa.hi(t1);
        double bLo0 = pb.lo(t0), bLo1 = pb.lo(t1), bHi0 = pb.hi(t0), bHi1 = pb.hi(t1);
        if (pa.shape().closest(Math.min(aLo0, aLo1), Math.max(aHi0, aHi1), pb.shape(), Math.min(bLo0, bLo1),
                Math.max(bHi0, bHi1), withinKm, withinKm) == null) {
            out.add(t0, t1, false);
            return;
        }
        double aCoreLo = Math.max(aLo0, aLo1), aCoreHi = Math.min(aHi0, aHi1);
        double bCoreLo = Math.max(bLo0, bLo1), bCoreHi = Math.min(bHi0, bHi1);
        if (aCoreLo <= aCoreHi && bCoreLo <= bCoreHi && pa.shape().closest(aCoreLo, aCoreHi, pb.shape(), bCoreLo,
                bCoreHi, withinKm, withinKm) != null) {
            out.add(t0, t1, true);
            return;
        }
        double mid = (t0 + t1) / 2;
        if (t1 - t0 <= resolutionMs) {
            boolean near = pa.shape().closest(pa.lo(mid), pa.hi(mid), pb.shape(), pb.lo(mid), pb.hi(mid),
                    withinKm, withinKm) != null;
            out.add(t0, t1, near);
            return;
        }
        classify(pa, pb, t0, mid, withinKm, out);
        classify(pa, pb, mid, t1, withinKm, out);
    }

    /** The closest approach in a possible window, sampled at its ends, middle and the events inside it. */
    private static MeetingWindow detail(TrackPrisms a, TrackPrisms b, long start, long end, long[] events) {
        List<Long> samples = new ArrayList<>();
        samples.add(start);
        samples.add(end);
        samples.add((start + end) / 2);
        int first = Arrays.binarySearch(events, start);
        first = first >= 0 ? first + 1 : -first - 1;
        int last = first;
        while (last < events.length && events[last] < end) {
            last++;
        }
        int inside = last - first;
        int step = Math.max(1, (inside + MAX_SAMPLES - 1) / MAX_SAMPLES);
        for (int i = first; i < last; i += step) {
            samples.add(events[i]);
        }
        RouteShape.Closest best = null;
        long bestAt = start;
        for (long t : samples) {
            LegPrism pa = a.legs().get(legAt(a, t));
            LegPrism pb = b.legs().get(legAt(b, t));
            RouteShape.Closest c = pa.shape().closest(pa.lo(t), pa.hi(t), pb.shape(), pb.lo(t), pb.hi(t), 0,
                    Double.POSITIVE_INFINITY);
            if (c != null && (best == null || c.distanceKm() < best.distanceKm())) {
                best = c;
                bestAt = t;
            }
        }
        LegPrism pa = a.legs().get(legAt(a, bestAt));
        LegPrism pb = b.legs().get(legAt(b, bestAt));
        return new MeetingWindow(Instant.ofEpochMilli(start), Instant.ofEpochMilli(end), best.distanceKm(),
                Instant.ofEpochMilli(bestAt), best.a().toLatLon(), best.b().toLatLon(),
                pa.shape().slice(pa.lo(bestAt), pa.hi(bestAt)), pb.shape().slice(pb.lo(bestAt), pb.hi(bestAt)));
    }

    /** Index of the leg whose time covers {@code ms} (the later one at a shared end), clamped to the legs. */
    private static int legAt(TrackPrisms track, long ms) {
        List<LegPrism> legs = track.legs();
        int lo = 0;
        int hi = legs.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (legs.get(mid).startMs() <= ms) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Runs of equal state, merged as they are appended in time order. */
    private static final class Runs {
        double[] starts = new double[16];
        double[] ends = new double[16];
        boolean[] possible = new boolean[16];
        int size;

        void add(double start, double end, boolean near) {
            if (size > 0 && possible[size - 1] == near && ends[size - 1] >= start) {
                ends[size - 1] = end;
                return;
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                possible = Arrays.copyOf(possible, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            possible[size] = near;
            size++;
        }
    }
}
