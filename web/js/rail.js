// Overlay of the rail network (/api/rail/network), fetched the first time the user switches it on.
import L from './leaflet.js';
import { api } from './api.js';
import { el } from './dom.js';

const LINE = { color: '#3b3b3b', weight: 2, opacity: 0.9, interactive: false };

export function railOverlay(map, notify) {
  const group = L.layerGroup();
  let state = 'idle'; // idle | loading | loaded

  group.on('add', async () => {
    if (state !== 'idle') return;
    state = 'loading';
    try {
      const network = await api.railNetwork();
      if (!network) {
        state = 'idle';
        map.removeLayer(group);
        notify('The rail network is not available on this server yet.');
        return;
      }
      group.addLayer(L.geoJSON(network, {
        style: () => LINE,
        pointToLayer: (feature, latlng) => L.circleMarker(latlng, {
          radius: 3, color: '#3b3b3b', weight: 1, fillColor: '#ffffff', fillOpacity: 1,
        }).bindTooltip(el('span', { text: feature.properties?.name ?? 'station' })),
        filter: (feature) => feature.geometry != null,
      }));
      state = 'loaded';
    } catch (e) {
      state = 'idle';
      map.removeLayer(group);
      notify(`The rail network could not be loaded: ${e.message}`);
    }
  });
  return group;
}
