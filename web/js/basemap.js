// Base layers: the offline Natural Earth basemap (default; served from /geodata/basemap) and, only when the
// user picks it, OpenStreetMap tiles from the internet.
import L from './leaflet.js';
import { api } from './api.js';

const OVERVIEW = 'countries-50m-east-asia.geojson';
const DETAIL = 'countries-10m-tumen.geojson';
const DETAIL_BOX = [[41.8, 129.5], [43.5, 131.5]];
const DETAIL_MIN_ZOOM = 8;

const LAND = { color: '#7d7466', weight: 0.8, fillColor: '#f3efe6', fillOpacity: 1, interactive: false };
const WATER = { stroke: false, fillColor: '#cfe0ea', fillOpacity: 1, interactive: false };

/** The offline basemap: 1:50m countries everywhere, 1:10m in the Tumen delta when zoomed in. */
export function offlineBasemap(map, onError) {
  const renderer = L.canvas({ pane: 'basemap' });
  const style = { ...LAND, pane: 'basemap', renderer };
  const group = L.layerGroup([], { attribution: 'Countries: Natural Earth (public domain)' });
  const detail = L.layerGroup();
  let loaded = false;

  const syncDetail = () => {
    const want = map.hasLayer(group) && map.getZoom() >= DETAIL_MIN_ZOOM;
    if (want && !group.hasLayer(detail)) group.addLayer(detail);
    if (!want && group.hasLayer(detail)) group.removeLayer(detail);
  };

  group.on('add', () => {
    syncDetail();
    if (loaded) return;
    loaded = true;
    Promise.all([api.basemap(OVERVIEW), api.basemap(DETAIL)]).then(([overview, tumen]) => {
      group.addLayer(L.geoJSON(overview, style));
      detail.addLayer(L.rectangle(DETAIL_BOX, { ...WATER, pane: 'basemap', renderer }));
      detail.addLayer(L.geoJSON(tumen, style));
      syncDetail();
      // the canvas redraws on the next frame; after it, say so (tests and screenshots wait for this)
      requestAnimationFrame(() => { map.getContainer().dataset.basemap = 'drawn'; });
    }).catch((e) => {
      loaded = false;
      onError(`The offline basemap could not be loaded: ${e.message}`);
    });
  });
  map.on('zoomend', syncDetail);
  return group;
}

/** OpenStreetMap's standard tiles. Requests leave the machine only while this layer is shown. */
export function osmTiles() {
  return L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19,
    attribution: '© <a href="https://www.openstreetmap.org/copyright" rel="noopener noreferrer">OpenStreetMap</a> contributors',
  });
}
