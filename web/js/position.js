// The estimated position at the slider's time: from /api/tracks/{id}/position (one request in flight,
// latest wins, answers cached per minute), or interpolated by fallback.js while the server has no /position.
import L from './leaflet.js';
import { api } from './api.js';
import { isoUtc, utcText, localText, kmText, minutesText } from './format.js';
import { interpolatePosition } from './fallback.js';
import { placeLabel } from './sightings.js';

const MINUTE = 60000;
const STATUS_TEXT = {
  'before-first': 'Before the first sighting',
  'at-sighting': 'At a sighting',
  'in-transit': 'In transit (estimated)',
  'after-last': 'After the last sighting',
  projected: 'Projected towards an announced destination',
  'no-sightings': 'No sightings yet (only announced destinations)',
};

export class PositionSource {
  constructor() {
    this.trackId = undefined;
    this.reset(null, []);
  }

  /** Forget cached answers; `sightings` feed the fallback. The server is asked again for a new track. */
  reset(trackId, sightings) {
    if (trackId !== this.trackId) this.server = trackId != null; // becomes false on the first 404
    this.trackId = trackId;
    this.sightings = sightings;
    this.cache = new Map();
    this.wanted = null;
    this.busy = false;
    this.generation = (this.generation ?? 0) + 1;
    this.tickets = this.tickets ?? 0;
  }

  /** Calls `deliver(feature, t)` with the position at t (maybe later, maybe skipped if t is superseded). */
  request(t, deliver) {
    const key = Math.round(t / MINUTE) * MINUTE;
    const ticket = ++this.tickets; // only the latest request's answer is ever delivered
    if (!this.server) {
      deliver(interpolatePosition(this.sightings, t), t);
      return;
    }
    if (this.cache.has(key)) {
      deliver(this.cache.get(key), t);
      return;
    }
    this.wanted = { key, t, deliver, ticket };
    if (!this.busy) this.pump();
  }

  async pump() {
    this.busy = true;
    const generation = this.generation;
    try {
      while (this.wanted && generation === this.generation) {
        const { key, t, deliver, ticket } = this.wanted;
        this.wanted = null;
        let feature;
        try {
          feature = await api.position(this.trackId, isoUtc(key));
        } catch {
          feature = undefined; // a transient failure: show the straight-line estimate this time
        }
        if (generation !== this.generation) return;
        if (feature === null) this.server = false;
        if (feature) this.cache.set(key, feature);
        // a later request may have been answered from the cache meanwhile: then this answer is stale
        if (!this.wanted && ticket === this.tickets) deliver(feature ?? interpolatePosition(this.sightings, t), t);
      }
    } finally {
      if (generation === this.generation) this.busy = false;
    }
  }
}

/** [lat, lon] lines of a GeoJSON LineString or MultiLineString (split at the antimeridian), or null. */
function latLngLines(geometry) {
  if (geometry?.type === 'LineString') return [geometry.coordinates.map(([lon, lat]) => [lat, lon])];
  if (geometry?.type === 'MultiLineString') return geometry.coordinates.map((l) => l.map(([lon, lat]) => [lat, lon]));
  return null;
}

/**
 * The position marker (a DOM element, so it can be found and followed) and where the subject can be: on a rail
 * leg the stretch of line within the uncertainty (a train does not leave the track), otherwise a circle.
 * The map container's `data-position-shape` says which is drawn (stretch, circle or none).
 */
export class PositionLayer {
  constructor(map) {
    this.map = map;
    this.marker = L.marker([0, 0], {
      pane: 'position',
      keyboard: false,
      interactive: false,
      icon: L.divIcon({ className: 'position-marker', iconSize: [22, 22] }),
    });
    // own canvas in its own pane: moving the circle must not repaint thousands of sightings
    const renderer = L.canvas({ pane: 'position' });
    this.circle = L.circle([0, 0], {
      renderer,
      pane: 'position',
      radius: 1, color: '#b0124f', weight: 1.5, fillColor: '#d81b60', fillOpacity: 0.12, interactive: false,
    });
    this.stretch = L.polyline([], {
      renderer, pane: 'position', color: '#d81b60', weight: 10, opacity: 0.35, lineCap: 'round', interactive: false,
    });
  }

  shape(name) {
    this.map.getContainer().dataset.positionShape = name;
  }

  show(feature) {
    const coords = feature?.geometry?.coordinates;
    if (!coords) {
      this.marker.remove();
      this.circle.remove();
      this.stretch.remove();
      this.shape('none');
      return;
    }
    const latlng = [coords[1], coords[0]];
    this.marker.setLatLng(latlng).addTo(this.map);
    const km = feature.properties?.uncertaintyKm;
    const lines = latLngLines(feature.properties?.stretch);
    if (lines) {
      this.circle.remove();
      this.stretch.setLatLngs(lines).addTo(this.map);
      this.shape('stretch');
    } else if (km > 0) {
      this.stretch.remove();
      this.circle.setLatLng(latlng).setRadius(km * 1000).addTo(this.map);
      this.shape('circle');
    } else {
      this.circle.remove();
      this.stretch.remove();
      this.shape('none');
    }
  }
}

/** Within this of a report's own time the subject is "at" it; farther inside its window it is "around" it. */
const AT_REPORT_MS = 5 * MINUTE;

/**
 * The one-line status, right for its moment: before the first report; at a report; inside a report's time window
 * but not at its time (where it likely is and the span it could be in); between reports; after the last.
 */
export function statusSentence(t, p, sighting, estimated) {
  const span = p.uncertaintyKm > 0 ? `could be anywhere within ± ${kmText(p.uncertaintyKm)}${p.stretch ? ' along the line' : ''}` : null;
  const where = p.description ? `likely ${p.description}` : null;
  let parts;
  switch (p.status) {
    case 'before-first':
      parts = ['Before the first report', p.description ? `first reported ${p.description}` : null];
      break;
    case 'at-sighting': {
      const at = sighting ? Date.parse(sighting.observedAtUtc) : NaN;
      const off = Math.abs(t - at);
      if (Number.isFinite(at) && off > AT_REPORT_MS) {
        parts = [`${t < at ? 'Before' : 'After'} the report${sighting.place || sighting.placeName ? ` at ${placeLabel(sighting)}` : ''}, within its time window (± ${minutesText(sighting.timeUncertaintyMinutes ?? 0)})`, where, span];
      } else {
        parts = ['At a report', p.description, span];
      }
      break;
    }
    case 'in-transit':
      parts = ['Between reports', where, span];
      break;
    case 'after-last':
      parts = ['After the last report', p.description ? `last reported ${p.description}` : null, span];
      break;
    default:
      parts = [STATUS_TEXT[p.status] ?? p.status ?? '—', p.description, span];
  }
  if (estimated && p.status) parts.push('(straight-line estimate)');
  return parts.filter(Boolean).join(' — ');
}

/** The clock (UTC and the place's local time) and the one-line status in the time bar. */
export function renderClock(elements, t, feature, localSighting, estimated) {
  elements.utc.textContent = utcText(t);
  elements.local.textContent = localText(t, localSighting) ?? '—';
  const p = feature?.properties ?? {};
  const sighting = p.sightingId != null && localSighting?.id === p.sightingId ? localSighting : null;
  const text = statusSentence(t, p, sighting, estimated && !!feature?.geometry);
  elements.status.textContent = text;
  elements.status.title = text;
  elements.status.dataset.status = p.status ?? '';
}
