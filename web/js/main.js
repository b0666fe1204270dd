// Wires the page together. State lives here; every other module owns one concern.
import L from './leaflet.js';
import { api, setPlaceNames } from './api.js';
import { el, replaceChildren } from './dom.js';
import { createMap } from './map.js';
import { offlineBasemap, osmTiles } from './basemap.js';
import { railOverlay } from './rail.js';
import { SightingLayer, SightingHighlight } from './sightings.js';
import { PathLayer, fetchTrackGeometry } from './path.js';
import { PositionSource, PositionLayer, renderClock } from './position.js';
import { Timeline } from './timeline.js';
import { subscribeToChanges } from './events.js';
import { readUrlState, writeUrlState, flushUrlState } from './url-state.js';
import { PlaceLabelLayer, addScriptChoice } from './labels.js';
import { JourneyChart } from './journey-chart.js';
import { latestReported, timeRange } from './journey.js';
import { renderFlagStatus } from './legs-table.js';
import { copyLinkButton } from './share.js';
import { renderPrintSources } from './print-sources.js';
import { nearestInTime } from './time-index.js';
import { loadAccount } from './account.js';
import { keepInView, fitTrackControl } from './follow.js';
import { wireEditing } from './editing.js';
import { ManySubjects } from './many-subjects.js'; // issue 21: several tracks, meetings, the likely band, alerts

const $ = (id) => document.getElementById(id);

const state = { tracks: [], trackId: null, sightings: [], estimatedPath: false, t: null, load: 0, range: null };
/** Who is asking and what they may do (GET /api/session); editing controls appear only for writers. */
let account = { canRead: true, canWrite: true };

function notify(message) {
  const box = $('notice');
  box.textContent = message;
  box.hidden = !message;
}

// --- map and layers -----------------------------------------------------------------------------------
const wanted = readUrlState();
const map = createMap($('map'));
const offline = offlineBasemap(map, notify);
const bases = { offline, osm: osmTiles() };
const labels = new PlaceLabelLayer({ script: wanted.names ?? 'latin', onError: notify, avoid: () => pathLayer.markPoints() });
const overlays = { labels, rail: railOverlay(map, notify) };
(wanted.base === 'osm' ? bases.osm : offline).addTo(map);
for (const name of wanted.layers ?? ['labels']) overlays[name].addTo(map);
const phone = window.matchMedia('(max-width: 899px)').matches;
const layersControl = L.control.layers(
  { 'Offline basemap (Natural Earth)': offline, 'OpenStreetMap (online)': bases.osm },
  { 'Place names (gazetteer)': labels, 'Rail network': overlays.rail },
  { collapsed: true }, // folded at every size: open, it covers the east of the track
).addTo(map);
setPlaceNames(labels.script);
addScriptChoice(layersControl, labels.script, (script) => {
  labels.setScript(script);
  writeUrlState({ names: script });
  setPlaceNames(script); // the list, legs, status and history follow "Names in" too (#25)
  refresh();
});
const nameOf = (layers, layer) => Object.keys(layers).find((k) => layers[k] === layer);
function writeLayers() {
  writeUrlState({
    base: nameOf(bases, Object.values(bases).find((l) => map.hasLayer(l))) ?? 'offline',
    layers: Object.keys(overlays).filter((k) => map.hasLayer(overlays[k])),
    names: labels.script,
  });
}
map.on('baselayerchange overlayadd overlayremove', writeLayers);
map.on('moveend', () => {
  const c = map.getCenter();
  writeUrlState({ zoom: map.getZoom(), center: [c.lat, c.lng] });
});
writeLayers();
/** Room kept free of the track on the right when zooming to it: the expanded layer control sits there. */
function fitPadding() {
  const control = layersControl.getContainer();
  const right = phone ? 40 : Math.min(control.offsetWidth + 24, 80);
  return { paddingTopLeft: [40, 40], paddingBottomRight: [right, 40] };
}
const highlight = new SightingHighlight(map);
const pathLayer = new PathLayer(map);
const sightingLayer = new SightingLayer(map);
const positionLayer = new PositionLayer(map);
const positions = new PositionSource();
fitTrackControl(map, () => boundsOf(state.sightings), fitPadding);
// the time bar grows a line for warnings: the map's size changes without a window resize, and Leaflet must know
new ResizeObserver(() => map.invalidateSize({ animate: false })).observe($('map'));
const picked = L.circleMarker([0, 0], { radius: 6, color: '#000', weight: 2, dashArray: '2 2', fillOpacity: 0, interactive: false });

// --- time ---------------------------------------------------------------------------------------------
const clock = { utc: $('clock-utc'), local: $('clock-local'), status: $('position-status') };

/** The sighting whose place's time zone the local clock uses: the one the estimate is at, else the nearest in time. */
function localSightingAt(t, feature) {
  const id = feature?.properties?.sightingId;
  return state.sightings.find((s) => s.id === id) ?? state.sightings[nearestInTime(state.sightings, t)];
}

function showTime(t) {
  state.t = t;
  const replaying = timeline.frame != null; // asked during replay: the map follows the marker (also the last frame)
  positions.request(t, (feature, at) => {
    positionLayer.show(feature);
    const c = feature?.geometry?.coordinates;
    if (c && replaying) keepInView(map, [c[1], c[0]]);
    renderClock(clock, at, feature, localSightingAt(at, feature), !positions.server);
    subjects.showPosition(feature);
  });
  subjects.setTime(t);
  writeUrlState({ trackId: state.trackId, t });
  chart.setTime(t);
}

const chart = new JourneyChart($('journey-chart'), {
  onHover: (id) => highlight.show(state.sightings.find((s) => s.id === id) ?? null),
  onPick: (t) => timeline.set(t),
});

const timeline = new Timeline({
  slider: $('time-slider'), play: $('play'), speed: $('speed'), prev: $('prev'), next: $('next'),
  start: $('time-start'), end: $('time-end'),
}, showTime);

const subjects = new ManySubjects(map, { description: $('track-description'), chart: $('journey-chart'), legs: $('legs-body') }, {
  chart,
  notify,
  focusLeg: (type, index) => pathLayer.showLeg(type, index),
  range: () => state.range,
  setRange: (range) => {
    timeline.setRange(range.start, range.end, range.stops);
    timeline.set(state.t ?? range.end);
  },
});

// --- form, list, menus ----------------------------------------------------------------------------------
const { form, list, downloads } = wireEditing(map, {
  state, timeline, sightingLayer, picked, notify, canWrite: () => account.canWrite, refresh, loadTracks, selectTrack,
});

// --- loading ------------------------------------------------------------------------------------------
async function loadTracks() {
  state.tracks = await api.tracks();
  const select = $('track-select');
  replaceChildren(select, state.tracks.map((t) => el('option', { value: t.id, text: t.name })));
  select.disabled = state.tracks.length === 0;
  if (state.trackId != null) select.value = String(state.trackId);
  subjects.setTracks(state.tracks);
}

/** The first track's data, requested together with the track list when the URL names a track. */
let early = null;

function fetchGeometry(trackId) {
  performance.mark('whereabouts:fetch-start');
  return fetchTrackGeometry(trackId);
}

function takeEarlyGeometry(trackId) {
  const taken = early?.trackId === trackId ? early.geometry : null;
  early = null;
  return taken;
}

/** Bounds of the sightings, computed from the data (before any marker exists). */
function boundsOf(sightings) {
  return sightings.length ? L.latLngBounds(sightings.map((s) => [s.lat, s.lon])) : null;
}

/** Fetches sightings and legs of the current track and redraws; `fit` zooms to the track. */
async function refresh({ fit = false, t = null } = {}) {
  const load = ++state.load;
  const trackId = state.trackId;
  document.body.dataset.state = 'loading';
  if (trackId == null) {
    draw([], { type: 'FeatureCollection', features: [] }, true);
    document.body.dataset.state = 'ready';
    return;
  }
  const { sightings, legs, estimated } = await (takeEarlyGeometry(trackId) ?? fetchGeometry(trackId));
  if (load !== state.load) return; // a newer load won
  performance.measure('whereabouts:fetch', 'whereabouts:fetch-start');
  performance.mark('whereabouts:draw-start');
  state.sightings = sightings;
  state.estimatedPath = estimated;
  // zoom first, so that thousands of markers and legs are projected once, at the final view
  const bounds = fit ? boundsOf(sightings) : null;
  if (bounds) map.fitBounds(bounds, { ...fitPadding(), maxZoom: 9, animate: false });
  draw(sightings, legs, estimated);
  positions.reset(trackId, sightings);
  if (sightings.length) {
    state.range = timeRange(sightings, legs);
    const range = subjects.extend(state.range);
    timeline.setRange(range.start, range.end, range.stops);
    timeline.set(t ?? state.t ?? latestReported(sightings) ?? range.end);
  } else {
    timeline.setRange(0, 0, []);
    positionLayer.show(null);
  }
  performance.measure('whereabouts:draw', 'whereabouts:draw-start');
  document.body.dataset.state = 'ready';
}

function draw(sightings, legs, estimated) {
  sightingLayer.update(sightings);
  pathLayer.update(legs);
  list.update(sightings);
  chart.update(sightings, legs);
  subjects.drawn(state.trackId, sightings, legs); // the legs table, and the chart's other tracks
  renderFlagStatus($('flag-status'), legs);
  if (map.hasLayer(labels) && pathLayer.markPoints().length) labels.refresh(); // clear of the new marks
  renderPrintSources($('print-sources-list'), sightings);
  highlight.show(null);
  $('sighting-count').textContent = `${sightings.length} sighting${sightings.length === 1 ? '' : 's'}`;
  $('path-note').hidden = !estimated || sightings.length < 2;
}

async function selectTrack(trackId, t = null, view = null) {
  state.trackId = trackId;
  state.t = null;
  downloads.setTrack(trackId);
  if (trackId != null) $('track-select').value = String(trackId);
  const track = state.tracks.find((x) => x.id === trackId);
  $('track-description').textContent = track?.description ?? '';
  form.reset(); // also names the track in the form's title
  if (view) map.setView(view.center, view.zoom, { animate: false });
  await refresh({ fit: !view, t });
  await subjects.select(trackId);
  writeUrlState({ trackId, t: state.t });
  flushUrlState(); // a track is shown: its URL can be shared from now on
}

$('track-select').addEventListener('change', (e) => selectTrack(Number(e.target.value)));

// --- live updates -------------------------------------------------------------------------------------
let refreshTimer = null;
function refreshSoon() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => refresh(), 200); // bursts of changes become one refetch
}

async function catchUp() {
  await loadTracks();
  if (state.trackId != null && !state.tracks.some((t) => t.id === state.trackId)) {
    await selectTrack(state.tracks[0]?.id ?? null);
  } else {
    refreshSoon();
  }
}

const goLive = () => subscribeToChanges({
  onChange: (change) => {
    if (change.type.startsWith('track-')) catchUp();
    else if (change.trackId === state.trackId) refreshSoon();
    else subjects.changed(change.trackId);
  },
  onAlert: (alert) => subjects.alert(alert),
  onCatchUp: catchUp,
  onStatus: (status) => {
    const live = $('live-status');
    live.textContent = status === 'live' ? 'Live' : 'Reconnecting…';
    live.dataset.status = status;
  },
});

// --- start --------------------------------------------------------------------------------------------
async function start() {
  account = await loadAccount($('account'));
  for (const id of ['sighting-form', 'extract', 'import-open', 'track-menu']) $(id).hidden = !account.canWrite;
  if (!account.canRead) {
    notify('Sign in to see the tracks.');
    document.body.dataset.state = 'ready';
    return;
  }
  subjects.start(account);
  goLive();
  if (wanted.trackId != null) {
    // the track list and the named track's data load in parallel; for a track that does not exist the early
    // answer (a 404) is dropped below, and the notice says so
    early = { trackId: wanted.trackId, geometry: fetchGeometry(wanted.trackId) };
    early.geometry.catch(() => {});
  }
  await loadTracks();
  if (state.tracks.length === 0) {
    notify('No tracks yet. Create one with “New track” in the Track menu.');
    await selectTrack(null);
    return;
  }
  const exists = state.tracks.some((t) => t.id === wanted.trackId);
  if (wanted.trackId != null && !exists) notify(`Track ${wanted.trackId} does not exist; showing the first track.`);
  await selectTrack(exists ? wanted.trackId : state.tracks[0].id, exists ? wanted.t : null, exists ? wanted.view : null);
}

/** Performance marks for measurement (docs/performance.md): data drawn, then the first idle frame after it. */
function markReady() {
  performance.mark('whereabouts:ready');
  requestAnimationFrame(() => setTimeout(() => performance.mark('whereabouts:interactive'), 0));
}

copyLinkButton($('copy-link'), $('share-status'));
// printing: the map gets its A4 size from the print stylesheet; Leaflet must redraw at that size
for (const event of ['beforeprint', 'afterprint']) window.addEventListener(event, () => map.invalidateSize({ animate: false }));

start().then(markReady).catch((e) => notify(`The page could not load its data: ${e.message}`));
