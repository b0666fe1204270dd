// Base layers: the offline Natural Earth basemap (default; served from /geodata/basemap) and, only when the
// user picks it, OpenStreetMap tiles from the internet.
import L from './leaflet.js';
import { api } from './api.js';

/** The world at 1:50m, drawn at every zoom: land (its outline is the coastline), lakes, rivers, borders. */
const WORLD = {
  land: 'world-land-50m.geojson',
  lakes: 'world-lakes-50m.geojson',
  rivers: 'world-rivers-50m.geojson',
  borders: 'world-borders-50m.geojson',
};
/** 1:10m countries where we have them (the Tumen delta), drawn over the world layer when zoomed in. */
const DETAIL = 'countries-10m-tumen.geojson';
const DETAIL_BOX = [[41.8, 129.5], [43.5, 131.5]];
const DETAIL_MIN_ZOOM = 8;

const WATER_COLOR = '#cfe0ea';
// Rivers, lakes and borders must read at a country's zoom (5-7) on a 1:1 screenshot: lines of 1 px in pale colours
// were drawn but hard to see (issue #20's Europe screenshot), so they are darker and a little wider.
const STYLES = {
  land: { color: '#7d7466', weight: 0.8, fillColor: '#f3efe6', fillOpacity: 1 },
  lakes: { color: '#4f86ab', weight: 0.8, fillColor: WATER_COLOR, fillOpacity: 1 },
  rivers: { color: '#4f86ab', weight: 1.6, fill: false },
  borders: { color: '#75644f', weight: 1.4, dashArray: '5 3', fill: false },
  detail: { color: '#7d7466', weight: 0.8, fillColor: '#f3efe6', fillOpacity: 1 },
  detailWater: { stroke: false, fillColor: WATER_COLOR, fillOpacity: 1 },
};

/** The offline basemap: the 1:50m world everywhere, 1:10m in the Tumen delta when zoomed in. */
export function offlineBasemap(map, onError) {
  const renderer = L.canvas({ pane: 'basemap' });
  const style = (name) => ({ ...STYLES[name], pane: 'basemap', renderer, interactive: false });
  const group = L.layerGroup([], { attribution: 'Land, lakes, rivers, borders: Natural Earth (public domain)' });
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
    const names = Object.keys(WORLD);
    Promise.all([...names.map((n) => api.basemap(WORLD[n])), api.basemap(DETAIL)]).then((files) => {
      names.forEach((n, i) => group.addLayer(L.geoJSON(files[i], style(n))));
      detail.addLayer(L.rectangle(DETAIL_BOX, style('detailWater')));
      detail.addLayer(L.geoJSON(files[names.length], style('detail')));
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
