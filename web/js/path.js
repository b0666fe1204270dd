// The reconstructed path: legs from /api/tracks/{id}/path (a colour per travel mode, see modes.js; routed on a
// network solid, geodesic dashed, flagged legs red,
// projections dashed with their ETA), or straight lines from fallback.js while the server cannot route.
import L from './leaflet.js';
import { api } from './api.js';
import { el } from './dom.js';
import { kmText, speedText, hoursText, utcText } from './format.js';
import { straightLegs } from './fallback.js';
import { MODE_STYLE, travelModeOf, travelModeText } from './modes.js';

/** Up to this many legs each get a line of their own (with a hover label); more are merged per style. */
const SEPARATE_LINES_UP_TO = 12;

/**
 * Sightings and legs of a track, fetched in parallel: the server's legs, or straight lines
 * (`estimated: true`) while /path answers 404.
 */
export async function fetchTrackGeometry(trackId) {
  const [sightings, legs] = await Promise.all([api.sightings(trackId), api.path(trackId)]);
  return legs
    ? { sightings, legs, estimated: false }
    : { sightings, legs: straightLegs(sightings), estimated: true };
}

function legStyle(p) {
  const flagged = p.implausible || p.conflict;
  const modeColor = MODE_STYLE[travelModeOf(p)]?.color ?? '#1f4e79';
  const color = flagged ? '#c62828' : p.featureType === 'projection' ? '#4a4a4a' : modeColor;
  let dashArray = null;
  if (p.featureType === 'projection') dashArray = '10 8';
  else if (p.mode === 'geodesic') dashArray = '8 6';
  else if (p.mode === 'straight') dashArray = '3 7';
  return { color, dashArray, weight: flagged ? 5 : 4, opacity: 0.9, lineCap: 'round', bubblingMouseEvents: false };
}

function modeText(p) {
  if (p.featureType === 'projection') return 'projection';
  if (p.mode === 'straight') return 'straight line, not routed';
  return travelModeText(p) ?? 'straight line, not routed';
}

function flagText(p) {
  return `⚠ ${p.flagReason ?? (p.conflict ? 'conflicting reports' : 'implausible speed')}`;
}

/** Short label: "262 km · 37 km/h · by rail" (a projection: its ETA instead of a speed), and any flag. */
export function legSummary(p) {
  const projection = p.featureType === 'projection';
  const head = [kmText(p.lengthKm), projection ? null : speedText(p.speedKmh), modeText(p),
    projection && p.etaUtc ? `ETA ${utcText(Date.parse(p.etaUtc))}` : null].filter(Boolean).join(' · ');
  const lines = [el('span', { class: 'leg-head', text: head })];
  if (p.implausible || p.conflict) lines.push(el('span', { class: 'leg-flag', text: flagText(p) }));
  return el('div', { class: 'leg-label' }, lines.flatMap((x, i) => (i ? [el('br'), x] : [x])));
}

/** Full label (popup): distance, speed, mode, then the flag, the reason for a non-rail leg and any ETA. */
export function legLabel(p) {
  const head = [kmText(p.lengthKm), speedText(p.speedKmh), modeText(p)].filter(Boolean).join(' · ');
  const lines = [el('span', { class: 'leg-head', text: head })];
  if (p.implausible || p.conflict) lines.push(el('span', { class: 'leg-flag', text: flagText(p) }));
  if (p.reason && (p.routedOn ?? p.mode) === 'geodesic') lines.push(el('span', { text: p.reason }));
  if (p.etaUtc) lines.push(el('span', { text: `ETA ${utcText(Date.parse(p.etaUtc))}` }));
  else if (p.durationHours != null && p.featureType !== 'projection') lines.push(el('span', { text: `${hoursText(p.durationHours)} between reports` }));
  return el('div', { class: 'leg-label' }, lines.flatMap((x, i) => (i ? [el('br'), x] : [x])));
}

/** Index of the leg (among `legs`, each with `latlngs`) drawn closest to `latlng` on screen. */
function nearestLeg(map, legs, latlng) {
  const p = map.latLngToLayerPoint(latlng);
  let best = null;
  let bestDistance = Infinity;
  for (const leg of legs) {
    const pts = leg.latlngs.map((ll) => map.latLngToLayerPoint(ll));
    for (let i = 1; i < pts.length; i++) {
      const d = L.LineUtil.pointToSegmentDistance(p, pts[i - 1], pts[i]);
      if (d < bestDistance) {
        bestDistance = d;
        best = leg;
      }
    }
  }
  return best;
}

export class PathLayer {
  constructor(map) {
    this.group = L.featureGroup().addTo(map);
    this.map = map;
    this.popup = L.popup({ maxWidth: 320 });
  }

  update(legs) {
    this.group.clearLayers();
    const features = (legs?.features ?? []).filter((f) => f.geometry?.type === 'LineString');
    const items = features.map((f) => ({
      p: f.properties ?? {},
      latlngs: f.geometry.coordinates.map(([lon, lat]) => [lat, lon]),
    }));
    this.lines = new Map();
    this.marks = [];
    if (items.length <= SEPARATE_LINES_UP_TO) this.drawLabelled(items);
    else this.drawMerged(items);
    for (const { p, latlngs } of items) if (p.implausible || p.conflict) this.markFlag(p, latlngs);
    this.map.getContainer().dataset.pathLegs = String(features.length);
  }

  /**
   * Few legs: one line each. Its figures show on hover (and when its row in the legs table has focus), never
   * permanently: permanent labels lay on each other and ran off the map (issue #25).
   */
  drawLabelled(items) {
    for (const { p, latlngs } of items) {
      const line = L.polyline(latlngs, legStyle(p));
      line.bindTooltip(() => legSummary(p), { sticky: true, direction: 'top', className: 'leg-tooltip', opacity: 0.95 });
      line.bindPopup(() => legLabel(p));
      this.group.addLayer(line);
      this.lines.set(`${p.featureType}:${p.index}`, { line, latlngs });
    }
  }

  /** A mark in the middle of a flagged leg (implausible or conflicting); its reason is in the legs table. */
  markFlag(p, latlngs) {
    const mid = latlngs[Math.floor(latlngs.length / 2)];
    this.marks.push(mid);
    const mark = L.marker(mid, {
      keyboard: false,
      title: flagText(p),
      icon: L.divIcon({ className: 'leg-mark', html: '⚠', iconSize: [20, 20] }),
    });
    mark.bindPopup(() => legLabel(p));
    this.group.addLayer(mark);
  }

  /** Where the flagged legs' marks are ([lat, lon] each): place labels keep clear of them. */
  markPoints() {
    return this.marks ?? [];
  }

  /** Shows the figures of one leg (from the legs table's row focus), or hides them (null). */
  showLeg(featureType, index) {
    if (this.shown) this.shown.closeTooltip();
    this.shown = null;
    const item = featureType == null ? null : this.lines?.get(`${featureType}:${index}`);
    if (!item) return;
    item.line.openTooltip(item.latlngs[Math.floor(item.latlngs.length / 2)]);
    this.shown = item.line;
  }

  /** Many legs: one multi-line per style (cheap to draw and hit-test); a click finds the nearest leg. */
  drawMerged(items) {
    const byStyle = new Map();
    for (const item of items) {
      const style = legStyle(item.p);
      const key = JSON.stringify(style);
      if (!byStyle.has(key)) byStyle.set(key, { style, legs: [] });
      byStyle.get(key).legs.push(item);
    }
    for (const { style, legs } of byStyle.values()) {
      const line = L.polyline(legs.map((l) => l.latlngs), style);
      line.on('click', (e) => {
        const leg = nearestLeg(this.map, legs, e.latlng);
        if (leg) this.popup.setLatLng(e.latlng).setContent(legLabel(leg.p)).openOn(this.map);
      });
      this.group.addLayer(line);
    }
  }
}
