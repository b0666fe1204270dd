// All HTTP calls of the page. Errors become ApiError carrying the server's {error, field, message, candidates}.

export class ApiError extends Error {
  constructor(status, body, url) {
    super(body?.message ?? `${url} answered ${status}`);
    this.status = status;
    this.code = body?.error ?? null;
    this.field = body?.field ?? null;
    this.candidates = Array.isArray(body?.candidates) ? body.candidates : [];
    /** Every bad field of a 400: [{field, code, message}] (the first is field/code/message above). */
    this.errors = Array.isArray(body?.errors) ? body.errors : [];
  }
}

const FORM = 'application/x-www-form-urlencoded;charset=UTF-8';

async function request(method, url, fields, signal, revision) {
  const init = { method, headers: { Accept: 'application/json' }, signal };
  // an edit of a known revision: the server answers 412 instead of overwriting someone else's change
  if (revision != null) init.headers['If-Match'] = `"${revision}"`;
  if (fields instanceof FormData) {
    init.body = fields; // multipart: the browser sets the Content-Type with its boundary
  } else if (fields) {
    init.headers['Content-Type'] = FORM;
    init.body = new URLSearchParams(fields);
  }
  const res = await fetch(url, init);
  const text = await res.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok) throw new ApiError(res.status, body, url);
  return body;
}

/** GET of an endpoint that may not exist on this server yet: null when it answers 404. */
async function optional(url, signal) {
  try {
    return await request('GET', url, null, signal);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

const track = (id) => `/api/tracks/${encodeURIComponent(id)}`;
/** The map's "Names in" script (latin, ko, ru, zh): the server names every place of its answers in it (#25). */
let placeNames = 'latin';
const named = (url) => `${url}${url.includes('?') ? '&' : '?'}names=${encodeURIComponent(placeNames)}`;
/** Sets the script place names come in from now on (the caller reloads what it shows). */
export function setPlaceNames(script) {
  placeNames = script;
}
const sighting = (id, sid) => `${track(id)}/sightings/${encodeURIComponent(sid)}`;

export const api = {
  tracks: () => request('GET', '/api/tracks'),
  sightings: (trackId) => request('GET', named(`${track(trackId)}/sightings`)),
  createSighting: (trackId, fields) => request('POST', `${track(trackId)}/sightings`, fields),
  updateSighting: (trackId, sid, fields, revision) => request('PUT', sighting(trackId, sid), fields, null, revision),
  /** What a save would give plus its warnings; stores nothing (sid: an edit of that sighting). */
  checkSighting: (trackId, sid, fields, signal) => (sid == null
    ? request('POST', `${track(trackId)}/sightings?dryRun=true`, fields, signal)
    : request('PUT', `${sighting(trackId, sid)}?dryRun=true`, fields, signal)),
  /** Undo of a delete: the same sighting back, as a new revision. */
  restoreSighting: (trackId, sid) => request('POST', `${sighting(trackId, sid)}/restore`),
  createTrack: (fields) => request('POST', '/api/tracks', fields),
  updateTrack: (trackId, fields) => request('PUT', track(trackId), fields),
  deleteTrack: (trackId) => request('DELETE', track(trackId)),
  deleteSighting: (trackId, sid, revision) => request('DELETE', sighting(trackId, sid), null, null, revision),
  history: (trackId, sid) => request('GET', named(`${sighting(trackId, sid)}/history`)),
  exportUrl: (trackId, format = 'geojson', sample = null) =>
    `${track(trackId)}/export?format=${encodeURIComponent(format)}${sample ? `&sample=${encodeURIComponent(sample)}` : ''}`,
  /** FeatureCollection of legs, or null while the server has no /path. */
  path: (trackId) => optional(named(`${track(trackId)}/path`)),
  /** Position Feature, or null while the server has no /position. */
  position: (trackId, isoInstant, signal) =>
    optional(named(`${track(trackId)}/position?at=${encodeURIComponent(isoInstant)}`), signal),
  /** FeatureCollection of candidates, or null while the server has no geocoder. */
  geocode: (q, { limit = 8, near = null } = {}, signal) => {
    const params = new URLSearchParams({ q, limit: String(limit) });
    if (near) params.set('near', `${near.lat},${near.lon}`);
    return optional(`/api/geocode?${params}`, signal);
  },
  /** FeatureCollection of rail lines and stations, or null while the server has none. */
  railNetwork: () => optional('/api/rail/network'),
  /** Draft sightings read from a pasted text: { drafts: [...] }; stores nothing. */
  extract: (fields) => request('POST', '/api/extract', fields),
  /** Imports a file (FormData with `file` and options) into a track; a dry run stores nothing. */
  importFile: (trackId, formData, dryRun) =>
    request('POST', `${track(trackId)}/imports${dryRun ? '?dryRun=true' : ''}`, formData),
  /** Place labels (GeoJSON) for a bbox "w,s,e,n", a zoom and a script (latin, ko, ru, zh). */
  labels: (bbox, zoom, script) =>
    request('GET', `/api/labels?${new URLSearchParams({ bbox, zoom: String(zoom), script })}`),
  basemap: (file) => request('GET', `/geodata/basemap/${file}`),
  /** { auth, publicRead, name, role, kind, canRead, canWrite } of whoever is asking. */
  session: () => request('GET', '/api/session'),
  signIn: (name, password) => request('POST', '/api/session', { name, password }),
  signOut: () => request('DELETE', '/api/session'),
};
