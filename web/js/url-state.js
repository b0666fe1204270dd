// The shareable view in the page's URL: ?track=<id>&zoom=<z>&center=<lat,lon>&base=<offline|osm>
// &layers=<overlays, comma-separated>&names=<latin|ko|ru|zh>&t=<ISO instant> (the time last: it changes most).
// Opening such a URL reproduces the view. Writes merge into the current state and are debounced (browsers
// throttle replaceState); flushUrlState() writes at once.
import { isoUtc } from './format.js';

const BASES = ['offline', 'osm'];
const OVERLAYS = ['labels', 'rail'];
const SCRIPTS = ['latin', 'ko', 'ru', 'zh'];

export function readUrlState(location = window.location) {
  const params = new URLSearchParams(location.search);
  const track = params.get('track');
  const t = Date.parse(params.get('t') ?? '');
  const zoom = Number(params.get('zoom'));
  const center = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(params.get('center') ?? '');
  const lat = center ? Number(center[1]) : NaN;
  const lon = center ? Number(center[2]) : NaN;
  const validCenter = Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  const layers = params.get('layers');
  return {
    trackId: track && /^\d+$/.test(track) ? Number(track) : null,
    t: Number.isFinite(t) ? t : null,
    view: validCenter && params.has('zoom') && Number.isInteger(zoom) && zoom >= 0 && zoom <= 20
      ? { center: [lat, lon], zoom } : null,
    base: BASES.includes(params.get('base')) ? params.get('base') : null,
    layers: layers == null ? null : layers.split(',').filter((x) => OVERLAYS.includes(x)),
    names: SCRIPTS.includes(params.get('names')) ? params.get('names') : null,
  };
}

const current = {};
let timer = null;

function urlOf(state) {
  // ISO instants and coordinates only use URL-safe characters, so the query stays readable
  const parts = [];
  if (state.trackId != null) parts.push(`track=${encodeURIComponent(state.trackId)}`);
  if (state.zoom != null && state.center) {
    parts.push(`zoom=${state.zoom}`, `center=${state.center[0].toFixed(5)},${state.center[1].toFixed(5)}`);
  }
  if (state.base) parts.push(`base=${state.base}`);
  if (state.layers) parts.push(`layers=${state.layers.join(',')}`);
  if (state.names) parts.push(`names=${state.names}`);
  if (state.tracks?.length > 1) parts.push(`tracks=${state.tracks.join(',')}`); // issue 21: tracks on the map
  if (state.t != null) parts.push(`t=${isoUtc(state.t)}`);
  return `${window.location.pathname}${parts.length ? `?${parts.join('&')}` : ''}`;
}

/** Merges { trackId, t, zoom, center: [lat, lon], base, layers: [..], names, tracks: [ids] } into the URL (soon). */
export function writeUrlState(partial) {
  Object.assign(current, partial);
  clearTimeout(timer);
  timer = setTimeout(flushUrlState, 250);
}

/** Writes the pending state to the URL now and returns the full URL. */
export function flushUrlState() {
  clearTimeout(timer);
  const url = urlOf(current);
  if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
  return window.location.href;
}
