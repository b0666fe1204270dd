// The shareable view: ?track=<id>&t=<ISO instant>. Writes are debounced (browsers throttle replaceState).
import { isoUtc } from './format.js';

export function readUrlState(location = window.location) {
  const params = new URLSearchParams(location.search);
  const track = params.get('track');
  const t = Date.parse(params.get('t') ?? '');
  return {
    trackId: track && /^\d+$/.test(track) ? Number(track) : null,
    t: Number.isFinite(t) ? t : null,
  };
}

let timer = null;
export function writeUrlState({ trackId, t }) {
  clearTimeout(timer);
  timer = setTimeout(() => {
    // ISO instants only use URL-safe characters, so the query stays readable: ?track=1&t=2023-09-11T12:00:00Z
    const parts = [];
    if (trackId != null) parts.push(`track=${encodeURIComponent(trackId)}`);
    if (t != null) parts.push(`t=${isoUtc(t)}`);
    const url = `${window.location.pathname}${parts.length ? `?${parts.join('&')}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
  }, 250);
}
