// Place labels from the gazetteer (GET /api/labels), in a Leaflet pane named `labels`. The server picks the
// places for the zoom (capitals and large cities first); here each label is measured as rendered and kept only
// if it overlaps no label already kept (most important first), so labels never overlap.
import L from './leaflet.js';
import { api } from './api.js';
import { el } from './dom.js';

export const SCRIPTS = [
  { value: 'latin', text: 'Latin' },
  { value: 'ko', text: '한국어 (Korean)' },
  { value: 'ru', text: 'Русский (Russian)' },
  { value: 'zh', text: '中文 (Chinese)' },
];
const GAP_PX = 3;
const LABEL_HEIGHT = 16; // .place-label's height in app.css
const DOT_AND_GAPS_PX = 6 + 2 + 1 + 3 + 2; // .place-dot with its border and margin, the gap, a pixel to spare
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'; // the page's font (app.css)
let measure = null;

/** Rendered width of a label (dot + name) in CSS pixels, from the canvas text metrics of the label font. */
function labelWidth(text, capital) {
  measure ??= document.createElement('canvas').getContext('2d');
  measure.font = capital ? `700 13px ${FONT}` : `12px ${FONT}`;
  return Math.ceil(measure.measureText(text).width) + DOT_AND_GAPS_PX;
}

/** The bbox the server widens to (one tile's width of grid at this zoom), so the browser cache answers repeats. */
function gridBox(bounds, zoom) {
  const step = 360 / 2 ** zoom;
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  const west = clamp(Math.floor(bounds.getWest() / step) * step, -180, 180);
  const south = clamp(Math.floor(bounds.getSouth() / step) * step, -90, 90);
  const east = clamp(Math.ceil(bounds.getEast() / step) * step, -180, 180);
  const north = clamp(Math.ceil(bounds.getNorth() / step) * step, -90, 90);
  return [west, south, Math.max(west, east), Math.max(south, north)].join(',');
}

function overlaps(a, b) {
  return a.left < b.right + GAP_PX && b.left < a.right + GAP_PX && a.top < b.bottom + GAP_PX && b.top < a.bottom + GAP_PX;
}

/**
 * A layer of place labels. `script` is one of SCRIPTS' values. The map container's `data-labels` counts the labels
 * shown and `data-label-script` names the script, for tests and tools.
 */
export const PlaceLabelLayer = L.Layer.extend({
  initialize(options = {}) {
    this.script = options.script ?? 'latin';
    this.onError = options.onError ?? (() => {});
    /** [lat, lon] of marks drawn over the map (a flagged leg's ⚠): labels keep clear of them (issue #25). */
    this.avoid = options.avoid ?? (() => []);
    this.request = 0;
  },

  onAdd(map) {
    if (!map.getPane('labels')) map.createPane('labels');
    this.pane = map.getPane('labels');
    this.root = el('div', { class: 'place-labels leaflet-zoom-hide' });
    this.pane.append(this.root);
    this.refresh();
  },

  onRemove(map) {
    this.root.remove();
    this.request++;
    delete map.getContainer().dataset.labels;
    delete map.getContainer().dataset.labelsZoom;
  },

  getEvents() {
    return { moveend: this.refresh, viewreset: this.refresh, zoomstart: this.clear };
  },

  /** Labels are placed for one zoom: drop them when it changes (they come back for the new zoom). */
  clear() {
    this.root.replaceChildren();
    delete this._map.getContainer().dataset.labelsZoom;
  },

  setScript(script) {
    this.script = script;
    if (this._map) this.refresh();
  },

  async refresh() {
    const map = this._map;
    if (!map) return;
    const zoom = Math.round(map.getZoom());
    const ticket = ++this.request;
    try {
      const labels = await api.labels(gridBox(map.getBounds(), zoom), zoom, this.script);
      if (ticket !== this.request || !this._map) return; // a newer view or script won
      this.draw(labels?.features ?? [], zoom);
    } catch (e) {
      if (ticket === this.request) this.onError(`Place names could not be loaded: ${e.message}`);
    }
  },

  draw(features, zoom) {
    const map = this._map;
    const size = map.getSize();
    const candidates = [];
    for (const f of features) {
      const [lon, lat] = f.geometry.coordinates;
      const at = map.latLngToContainerPoint([lat, lon]);
      if (at.x < 0 || at.y < 0 || at.x > size.x || at.y > size.y) continue;
      const p = f.properties;
      const node = el('div', {
        class: `place-label${p.featureCode === 'PPLC' ? ' capital' : ''}`,
        lang: p.script === 'latin' ? null : p.script,
        dataset: { placeId: p.id, rank: p.rank },
        title: p.name === p.latinName ? null : p.latinName,
      }, el('span', { class: 'place-dot', 'aria-hidden': 'true' }), el('span', { class: 'place-name', text: p.name }));
      L.DomUtil.setPosition(node, map.latLngToLayerPoint([lat, lon]));
      candidates.push({ node, at, text: p.name, capital: p.featureCode === 'PPLC' });
    }
    // greedy, most important first: a label is kept only if its box overlaps no kept one. Widths come from the
    // label font measured on a canvas, so placing labels never forces a layout of the page.
    const MARK = 12; // half the size of a mark, px, plus a margin
    const kept = this.avoid().map((ll) => map.latLngToContainerPoint(ll))
      .map((p) => ({ left: p.x - MARK, top: p.y - MARK, right: p.x + MARK, bottom: p.y + MARK }));
    const shown = [];
    for (const c of candidates) {
      const w = labelWidth(c.text, c.capital);
      const box = { left: c.at.x - 4, top: c.at.y - LABEL_HEIGHT / 2, right: c.at.x - 4 + w, bottom: c.at.y + LABEL_HEIGHT / 2 };
      // a label that would run off the map's edge is left out, as one that would overlap another (issue #25)
      if (box.left < 0 || box.top < 0 || box.right > size.x || box.bottom > size.y) continue;
      if (kept.some((k) => overlaps(k, box))) continue;
      kept.push(box);
      shown.push(c.node);
    }
    this.root.replaceChildren(...shown);
    const container = map.getContainer();
    container.dataset.labels = String(shown.length);
    container.dataset.labelScript = this.script;
    container.dataset.labelsZoom = String(zoom);
  },
});

/**
 * The choice of script for place names, placed inside the layer control under the "Place names" overlay (one box
 * on the map, collapsed with it on phones).
 */
export function addScriptChoice(layersControl, initial, onChange) {
  const select = el('select', { id: 'label-script', 'aria-label': 'Script of place names' },
    SCRIPTS.map((s) => el('option', { value: s.value, text: s.text, selected: s.value === initial })));
  select.addEventListener('change', () => onChange(select.value));
  const row = el('div', { class: 'script-control' }, el('label', { for: 'label-script', text: 'Names in' }), select);
  layersControl.getContainer().querySelector('.leaflet-control-layers-list').append(row);
  return select;
}
