// The Leaflet map: Canvas renderer for everything (thousands of markers stay cheap), panes for the basemap
// (below) and the estimated position (above the sightings).
import L from './leaflet.js';

export function createMap(element) {
  const map = L.map(element, {
    preferCanvas: true,
    minZoom: 3,
    maxZoom: 15,
    worldCopyJump: false,
    keyboardPanDelta: 120,
  }).setView([41.5, 129], 5);
  map.createPane('basemap').style.zIndex = 150;
  map.createPane('position').style.zIndex = 640;
  L.control.scale({ imperial: false }).addTo(map);
  return map;
}
