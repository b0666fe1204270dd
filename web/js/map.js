// The Leaflet map: Canvas renderer for everything (thousands of markers stay cheap), panes for the basemap
// (below), the place labels (above the basemap, below the track) and the estimated position (above the
// sightings). The map element exposes its view as data-zoom and data-center="lat,lon" (5 decimals).
import L from './leaflet.js';

export function createMap(element) {
  const map = L.map(element, {
    preferCanvas: true,
    minZoom: 3,
    maxZoom: 15,
    worldCopyJump: false,
    keyboardPanDelta: 120,
  });
  map.createPane('basemap').style.zIndex = 150;
  const labels = map.createPane('labels');
  labels.style.zIndex = 350;
  labels.style.pointerEvents = 'none';
  map.createPane('position').style.zIndex = 640;
  map.on('moveend zoomend load', () => {
    const c = map.getCenter();
    element.dataset.zoom = String(map.getZoom());
    element.dataset.center = `${c.lat.toFixed(5)},${c.lng.toFixed(5)}`;
  });
  map.setView([41.5, 129], 5);
  L.control.scale({ imperial: false }).addTo(map);
  return map;
}
