// The API calls of the desk's many-subjects features (issue 21): meetings and watches. Kept beside api.js, whose
// request() is not exported, so that this issue adds a module instead of editing a shared one.
async function call(method, url) {
  const res = await fetch(url, { method, headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.message ?? `${method} ${url} answered ${res.status}`);
  return body;
}

const ids = (list) => list.map((id) => encodeURIComponent(id)).join(',');

export const deskApi = {
  meetings: (trackIds, withinKm) => call('GET', `/api/meetings?tracks=${ids(trackIds)}&withinKm=${withinKm}`),
  watches: () => call('GET', '/api/watches'),
  watch: (trackId) => call('PUT', `/api/watches/${encodeURIComponent(trackId)}`),
  unwatch: (trackId) => call('DELETE', `/api/watches/${encodeURIComponent(trackId)}`),
  /** FeatureCollection: one position Feature per track (properties.trackId), at one instant. */
  positions: (trackIds, iso) => call('GET', `/api/positions?tracks=${ids(trackIds)}&at=${encodeURIComponent(iso)}`),
  sightings: (trackId) => call('GET', `/api/tracks/${encodeURIComponent(trackId)}/sightings`),
  path: (trackId) => call('GET', `/api/tracks/${encodeURIComponent(trackId)}/path`),
};
