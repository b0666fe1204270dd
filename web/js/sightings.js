// Sighting markers. Confidence is shown by colour AND shape (circle / square / triangle, dashed outline for
// unverified); expected destinations are hollow diamonds. Popups are built from DOM nodes, never HTML strings.
import L from './leaflet.js';
import { el, definitionList, externalLink } from './dom.js';
import { utcText, localText, minutesText, kmText, coordText, uncertaintyText } from './format.js';

export const CONFIDENCE_STYLE = {
  confirmed: { color: '#146c2e', shape: 'circle', dashArray: null },
  reported: { color: '#9a4700', shape: 'square', dashArray: null },
  unverified: { color: '#6a3db8', shape: 'triangle', dashArray: '4 3' },
};

/** A CircleMarker (same hit-testing) drawn as another shape on the Canvas renderer. */
const ShapeMarker = L.CircleMarker.extend({
  options: { shape: 'circle' },
  _updatePath() {
    const r = this._renderer;
    if (this.options.shape === 'circle' || !r._ctx) {
      L.CircleMarker.prototype._updatePath.call(this);
      return;
    }
    if (!r._drawing || this._empty()) return;
    const ctx = r._ctx;
    const p = this._point;
    const s = Math.max(Math.round(this._radius), 1);
    ctx.beginPath();
    if (this.options.shape === 'square') {
      ctx.rect(p.x - s * 0.9, p.y - s * 0.9, s * 1.8, s * 1.8);
    } else if (this.options.shape === 'triangle') {
      ctx.moveTo(p.x, p.y - s * 1.2);
      ctx.lineTo(p.x + s * 1.1, p.y + s * 0.8);
      ctx.lineTo(p.x - s * 1.1, p.y + s * 0.8);
      ctx.closePath();
    } else {
      ctx.moveTo(p.x, p.y - s * 1.3);
      ctx.lineTo(p.x + s * 1.3, p.y);
      ctx.lineTo(p.x, p.y + s * 1.3);
      ctx.lineTo(p.x - s * 1.3, p.y);
      ctx.closePath();
    }
    r._fillStroke(ctx, this);
  },
});

export function markerStyle(sighting) {
  const c = CONFIDENCE_STYLE[sighting.confidence] ?? CONFIDENCE_STYLE.unverified;
  if (sighting.kind === 'expected') {
    return { shape: 'diamond', color: c.color, weight: 3, radius: 8, fillColor: '#ffffff', fillOpacity: 1,
      dashArray: c.dashArray };
  }
  return { shape: c.shape, color: c.color, weight: 2, radius: 7, fillColor: c.color, fillOpacity: 0.75,
    dashArray: c.dashArray };
}

/**
 * A sighting's place as the page names it: the place it resolved to, in the map's "Names in" script (placeName,
 * from the server), so that one place reads the same in the list, legs, drafts and status line (#25); what was
 * typed when it resolved to nothing.
 */
export function placeLabel(s) {
  return s.placeName || s.place || s.resolvedName || s.locationDescription || coordText(s.lat, s.lon);
}

/** The popup (and history) body of one sighting. */
export function sightingDetails(s) {
  const at = Date.parse(s.observedAtUtc);
  const name = s.placeName || s.resolvedName;
  const resolved = name && name !== s.place ? `${name}${s.resolvedCountry ? `, ${s.resolvedCountry}` : ''}` : null;
  return definitionList([
    ['Time (UTC)', utcText(at)],
    ['Local time', localText(at, s)],
    ['Time uncertainty', uncertaintyText(s.timeUncertaintyMinutes, minutesText)],
    ['Typed as', s.place && s.place !== name ? s.place : null],
    ['Resolved to', resolved],
    ['Position', `${coordText(s.lat, s.lon)}${s.locationDescription ? ` (${s.locationDescription})` : ''}`],
    ['Location uncertainty', uncertaintyText(s.locationUncertaintyKm, kmText)],
    ['Source', s.source ? externalLink(s.source, s.sourceUrl) : null],
    ['Confidence', s.confidence],
    ['Kind', s.kind === 'expected' ? 'expected (announced destination)' : s.kind],
    ['Notes', s.notes ? el('span', { class: 'notes', text: s.notes }) : null],
  ], 'details');
}

function popupContent(s) {
  return el('div', { class: 'sighting-popup', dataset: { sightingId: s.id } },
    el('h3', { text: placeLabel(s) }),
    sightingDetails(s));
}

/**
 * All sighting markers in one group. Popups and tooltips are created on demand through the group (one
 * listener, one shared popup), not bound to each of possibly thousands of markers.
 */
export class SightingLayer {
  constructor(map) {
    this.map = map;
    this.group = L.featureGroup().addTo(map);
    this.byId = new Map();
    this.popup = L.popup({ maxWidth: 320 });
    this.tooltip = L.tooltip({ direction: 'top', offset: [0, -8] });
    this.group.on('click', (e) => this.openMarker(e.sourceTarget));
    this.group.on('mouseover', (e) => {
      const s = e.sourceTarget.sighting;
      this.tooltip.setLatLng(e.sourceTarget.getLatLng())
        .setContent(el('span', { text: `${placeLabel(s)} · ${utcText(Date.parse(s.observedAtUtc))}` }))
        .openOn(map);
    });
    this.group.on('mouseout', () => this.tooltip.close());
  }

  update(sightings) {
    this.group.clearLayers();
    this.byId.clear();
    for (const s of sightings) {
      const marker = new ShapeMarker([s.lat, s.lon], { ...markerStyle(s), bubblingMouseEvents: false });
      marker.sighting = s;
      this.group.addLayer(marker);
      this.byId.set(s.id, marker);
    }
    this.map.getContainer().dataset.sightingMarkers = String(sightings.length);
  }

  openMarker(marker) {
    this.tooltip.close();
    this.popup.setLatLng(marker.getLatLng()).setContent(popupContent(marker.sighting)).openOn(this.map);
  }

  open(id) {
    const marker = this.byId.get(id);
    if (!marker) return;
    this.map.panTo(marker.getLatLng());
    this.openMarker(marker);
  }
}

/** A ring around one sighting's marker (hovering it in the chart); the map's `data-highlighted-sighting` names it. */
export class SightingHighlight {
  constructor(map) {
    this.map = map;
    this.ring = L.circleMarker([0, 0], {
      pane: 'position', radius: 13, color: '#f0a000', weight: 4, fill: false, interactive: false,
    });
  }

  show(sighting) {
    const container = this.map.getContainer();
    if (!sighting) {
      this.ring.remove();
      delete container.dataset.highlightedSighting;
      return;
    }
    this.ring.setLatLng([sighting.lat, sighting.lon]).addTo(this.map);
    container.dataset.highlightedSighting = String(sighting.id);
  }
}
