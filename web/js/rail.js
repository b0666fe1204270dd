// Overlay of the rail network (/api/rail/network), fetched the first time the user switches it on.
// Lines are drawn by how their distances are measured (km posts, scaled, drawn only); hovering a stretch shows
// its km posts, hovering a station its km post; station names show from STATION_LABEL_ZOOM on.
import L from './leaflet.js';
import { api } from './api.js';
import { el } from './dom.js';

/** Zoom level from which station names are shown next to their markers. */
export const STATION_LABEL_ZOOM = 8;

/** Line style per measureSource; the legend (index.html) draws the same three. */
export const MEASURE_STYLE = {
  'km-post': { color: '#3b3b3b', weight: 2.5, opacity: 0.9 },
  scaled: { color: '#3b3b3b', weight: 2.5, opacity: 0.9, dashArray: '8 5' },
  drawn: { color: '#7a7a7a', weight: 2, opacity: 0.9, dashArray: '2 6' },
};

const MEASURED = {
  'km-post': 'measured between published km posts',
  scaled: 'scaled from the nearest km posts',
  drawn: 'drawn length only (no km posts)',
};

const km = (v) => `km ${Number(v).toLocaleString('en', { maximumFractionDigits: 1 })}`;

function stretchText(p) {
  const range = `${km(p.fromKm)}–${Number(p.toKm).toLocaleString('en', { maximumFractionDigits: 1 })}`;
  return [
    el('strong', { text: p.line }),
    el('br'),
    `${range} · ${p.lengthKm} km, ${MEASURED[p.measureSource] ?? p.measureSource}`,
    el('br'),
    `drawn ${p.drawnKm} km`,
  ];
}

function stationText(p) {
  const lines = [el('strong', { text: p.name })];
  if (p.km != null) lines.push(el('br'), `${km(p.km)}${p.kmLine ? ` (${p.kmLine})` : ''}`);
  if (p.positionSource) lines.push(el('br'), `position ${p.positionSource}`);
  return el('span', {}, ...lines);
}

export function railOverlay(map, notify) {
  const group = L.layerGroup();
  let state = 'idle'; // idle | loading | loaded
  const container = map.getContainer();
  // Its own canvas with a hit tolerance, so that the small station dots are easy to hover.
  const renderer = L.canvas({ tolerance: 4 });
  const labels = []; // station name tooltips, stations with a cited position first
  const showLabels = () => {
    container.classList.toggle('station-labels-hidden', map.getZoom() < STATION_LABEL_ZOOM);
    if (map.getZoom() >= STATION_LABEL_ZOOM) declutter(labels);
  };
  map.on('zoomend', showLabels);
  showLabels();

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
        style: (f) => ({ ...(MEASURE_STYLE[f.properties?.measureSource] ?? MEASURE_STYLE.drawn), renderer }),
        onEachFeature: (f, layer) => {
          if (f.geometry?.type === 'LineString') {
            layer.bindTooltip(el('span', {}, ...stretchText(f.properties)), { sticky: true, className: 'rail-tooltip' });
          }
        },
        pointToLayer: (f, latlng) => {
          const interpolated = Boolean(f.properties?.positionSource);
          const marker = L.circleMarker(latlng, {
            renderer, radius: interpolated ? 2.5 : 3.5, color: '#3b3b3b', weight: 1,
            fillColor: interpolated ? '#c8c8c8' : '#ffffff', fillOpacity: 1, className: 'rail-station',
          });
          const name = () => el('span', { class: 'station-label-text', text: f.properties?.name ?? 'station' });
          marker.bindTooltip(name(), {
            permanent: true, direction: 'right', offset: [4, 0], className: 'station-label', interactive: true,
          });
          // Hovering the dot or its name grows the label to the km post (shown even where names are hidden).
          const hover = (on) => {
            marker.setTooltipContent(on ? stationText(f.properties) : name());
            marker.getTooltip()?.getElement()?.classList.toggle('station-label-hover', on);
          };
          marker.on('mouseover', () => hover(true));
          marker.on('mouseout', () => hover(false));
          marker.on('tooltipopen', (e) => {
            const label = e.tooltip.getElement();
            label.addEventListener('mouseenter', () => hover(true));
            label.addEventListener('mouseleave', () => hover(false));
          });
          return marker;
        },
        filter: (f) => f.geometry != null,
      }));
      // What is drawn, for tests and tools (the canvas has no DOM per line).
      const features = network.features.filter((f) => f.geometry != null);
      container.dataset.railMeasures = [...new Set(features.map((f) => f.properties?.measureSource)
        .filter(Boolean))].sort().join(' ');
      container.dataset.railStations = String(features.filter((f) => f.geometry.type === 'Point').length);
      group.eachLayer((geojson) => geojson.eachLayer((layer) => {
        const tooltip = layer.getTooltip?.();
        if (tooltip?.options.permanent) labels.push({ tooltip, placed: !layer.feature.properties?.positionSource });
      }));
      labels.sort((a, b) => Number(b.placed) - Number(a.placed));
      showLabels();
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

/**
 * Hides station names that would overlap a name already shown (stations with a cited position first, then those
 * placed by their km post), so that the names on screen never overlap; a hovered name is always shown.
 */
function declutter(labels) {
  const shown = [];
  for (const { tooltip } of labels) {
    const node = tooltip.getElement();
    if (!node) continue;
    node.classList.remove('station-label-overlap');
    const box = node.getBoundingClientRect();
    if (box.width === 0) continue;
    if (shown.some((b) => box.left < b.right && b.left < box.right && box.top < b.bottom && b.top < box.bottom)) {
      node.classList.add('station-label-overlap');
    } else {
      shown.push(box);
    }
  }
}
