// The journey as a railway planner's train graph: which sighting is how far along the route, from the legs of
// /api/tracks/{id}/path (their lengthKm, so the rail measure when legs run on the rails). Pure data, no DOM.
import { timeOf } from './time-index.js';

const MINUTE = 60000;
const HOUR = 60 * MINUTE;

/**
 * { points: [{ sighting, t, km, from, to }], legs: [{ p, t0, km0, t1, km1, projection, flagged }], kmMax,
 *   start, end } — `from`/`to` are the time window (observedAt ± timeUncertaintyMinutes).
 */
export function journeyModel(sightings, legsCollection) {
  const features = (legsCollection?.features ?? []).filter((f) => f.properties);
  const byId = new Map(sightings.map((s) => [s.id, s]));
  const km = new Map();
  const legs = [];
  let last = 0;
  const observed = sightings.filter((s) => s.kind !== 'expected');
  if (observed.length) km.set(observed[0].id, 0);
  const ordered = features.map((f) => f.properties)
    .sort((a, b) => (a.featureType === b.featureType ? a.index - b.index : a.featureType === 'leg' ? -1 : 1));
  for (const p of ordered) {
    const from = byId.get(p.fromSightingId);
    const to = byId.get(p.toSightingId);
    if (!from || !to) continue;
    const km0 = km.get(from.id) ?? last;
    const km1 = km0 + (p.lengthKm ?? 0);
    const projection = p.featureType === 'projection';
    const t1 = projection && p.etaUtc ? Date.parse(p.etaUtc) : timeOf(to);
    if (!km.has(to.id)) km.set(to.id, km1);
    if (!projection) last = Math.max(last, km1);
    legs.push({ p, from, to, t0: timeOf(from), km0, t1, km1, projection, flagged: Boolean(p.implausible || p.conflict) });
  }
  const points = sightings.map((s) => {
    const t = timeOf(s);
    const window = (s.timeUncertaintyMinutes ?? 0) * MINUTE;
    return { sighting: s, t, km: km.get(s.id) ?? last, from: t - window, to: t + window };
  });
  const times = [...points.flatMap((p) => [p.from, p.to]), ...legs.map((l) => l.t1)].filter(Number.isFinite);
  const start = times.length ? Math.min(...times) : 0;
  const end = times.length ? Math.max(...times, start + HOUR) : HOUR;
  const kmMax = Math.max(1, ...points.map((p) => p.km), ...legs.map((l) => l.km1));
  return { points, legs, kmMax, start, end };
}

/** Evenly spaced "nice" tick values covering [lo, hi] with about `count` ticks, from a list of steps. */
export function ticks(lo, hi, count, steps) {
  const step = steps.find((s) => (hi - lo) / s <= count) ?? steps.at(-1);
  const out = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi; v += step) out.push(v);
  return out;
}

export const TIME_STEPS = [1, 2, 3, 6, 12, 24, 48, 96, 168, 336, 720].map((h) => h * HOUR);
export const KM_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000];

/** The time of the latest reported sighting (not an announced destination): where the page opens. */
export function latestReported(sightings) {
  const reported = sightings.filter((s) => s.kind !== 'expected');
  return reported.length ? Math.max(...reported.map(timeOf)) : null;
}

/** The slider's range for a track: its sightings and the ETAs of its projections; stops are the sightings' times. */
export function timeRange(sightings, legs) {
  const times = sightings.map(timeOf);
  const etas = (legs?.features ?? []).map((f) => Date.parse(f.properties?.etaUtc ?? '')).filter(Number.isFinite);
  return { start: Math.min(...times), end: Math.max(...times, ...etas), stops: times };
}
