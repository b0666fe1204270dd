// Keeps the estimated position in view: when the marker leaves the inner part of the map (the middle 60 % each
// way, clear of the map's own controls in the corners), the map pans to put it back in the middle.
import L from './leaflet.js';

/** Fraction of the map's width and height, at each edge, that counts as "outside the inner part". */
export const EDGE_FRACTION = 0.2;

export function keepInView(map, latlng) {
  if (!latlng) return false;
  const size = map.getSize();
  const p = map.latLngToContainerPoint(latlng);
  const inner = L.bounds(
    [size.x * EDGE_FRACTION, size.y * EDGE_FRACTION],
    [size.x * (1 - EDGE_FRACTION), size.y * (1 - EDGE_FRACTION)],
  );
  if (inner.contains(p)) return false;
  map.panTo(latlng, { animate: false });
  return true;
}

/** A "Fit to track" button under the zoom buttons: zooms to `bounds()` (null: nothing to fit). */
export function fitTrackControl(map, bounds, options) {
  const Control = L.Control.extend({
    options: { position: 'topleft' },
    onAdd() {
      const box = L.DomUtil.create('div', 'leaflet-bar leaflet-control fit-track');
      const a = L.DomUtil.create('a', '', box);
      a.href = '#';
      a.id = 'fit-track';
      a.setAttribute('role', 'button');
      a.title = 'Fit the map to the whole track';
      a.textContent = 'Fit to track';
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.on(a, 'click', (e) => {
        L.DomEvent.preventDefault(e);
        const b = bounds();
        if (b) map.fitBounds(b, { ...options(), maxZoom: 9 });
      });
      return box;
    },
  });
  return new Control().addTo(map);
}
