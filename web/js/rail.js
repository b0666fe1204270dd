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
      showNetworkInfo(network.network);
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

// One line in the legend saying which network is in use (shipped or imported, from which files, with counts).
function showNetworkInfo(info) {
  const legend = document.querySelector('.legend');
  if (!info || !legend) return;
  let line = document.getElementById('rail-network-info');
  if (!line) {
    line = el('p', { id: 'rail-network-info', class: 'rail-network-info' });
    legend.append(line);
  }
  line.textContent = describeNetwork(info);
}

function describeNetwork(info) {
  const plural = (n, word) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
  const from = info.source === 'imported'
    ? `imported from ${(info.sources ?? []).map((s) => s.file).join(', ')}`
    : `the shipped corridors (${plural(info.files?.length ?? 0, 'file')})`;
  return `Rail network in use: ${from}; ${plural(info.lines ?? 0, 'line')}, `
    + `${plural(info.stations ?? 0, 'station')}, ${plural(info.borders ?? 0, 'border crossing')}.`;
}
