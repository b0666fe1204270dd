// Lookups in a time-ordered sightings array (binary search: tracks may hold thousands of sightings).

export const timeOf = (s) => Date.parse(s.observedAtUtc);

/** Index of the last sighting at or before `t` (-1 when t is before the first). */
export function lastAtOrBefore(sightings, t) {
  let lo = 0;
  let hi = sightings.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (timeOf(sightings[mid]) <= t) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Index of the sighting nearest in time to `t` (-1 when there are none). */
export function nearestInTime(sightings, t) {
  const before = lastAtOrBefore(sightings, t);
  const after = before + 1;
  if (after >= sightings.length) return before;
  if (before < 0) return after;
  return t - timeOf(sightings[before]) <= timeOf(sightings[after]) - t ? before : after;
}
