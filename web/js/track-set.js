// Several tracks on one map (issue 21). The set is chosen in the legend (#track-set: a checkbox per track, its
// colour beside it); the selected track (the one the form, list and chart work on) is always in it. Colours come
// from the Okabe–Ito palette, which stays distinguishable with every common colour-vision deficiency. Each other
// track in the set is drawn as a line in its colour with its position (and likely band) at the slider's time;
// the slider spans all of them. The URL keeps the set (?tracks=1,2,3). A signed-in user may watch tracks here.
import L from './leaflet.js';
import { deskApi } from './desk-api.js';
import { LikelyBandLayer } from './likely-band.js';
import { writeUrlState } from './url-state.js';
import { SetPositions } from './set-positions.js';

export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
const lonLat = (c) => [c[1], c[0]];
/** SVG, not the page's canvas: a few lines and markers per track, each a DOM node the tests can find. */
const renderer = L.svg({ padding: 0.5 });

/** ?tracks=1,2,3 from the page's URL (ids only). */
export function tracksInUrl(location = window.location) {
  const raw = new URLSearchParams(location.search).get('tracks') ?? '';
  return raw.split(',').filter((x) => /^\d+$/.test(x)).map(Number);
}

/** Read when the module loads, before the page's first URL write (which knows nothing of the set) drops it. */
const INITIAL = tracksInUrl();

function writeTracksToUrl(ids) {
  writeUrlState({ tracks: ids });
}

export class TrackSet {
  /**
   * @param map the Leaflet map; @param after the element the legend goes after
   * @param options { onChange(ids), onError(message), signedIn: boolean }
   */
  constructor(map, after, { onChange, onError, signedIn }) {
    this.map = map;
    this.onChange = onChange;
    this.onError = onError;
    this.signedIn = signedIn;
    this.wanted = new Set(INITIAL);
    writeTracksToUrl([...this.wanted]);
    this.selected = null;
    this.tracks = [];
    this.layers = new Map(); // id → { line, marker, band, times, sightings, legs }
    this.positions = new SetPositions();
    this.watched = new Set();
    this.t = null;
    this.box = document.createElement('section');
    this.box.id = 'track-set';
    this.box.className = 'card track-set';
    this.box.setAttribute('aria-label', 'Tracks on the map');
    after.after(this.box);
    if (signedIn) deskApi.watches().then((w) => { this.watched = new Set(w.tracks); this.render(); }).catch(() => {});
  }

  /** Every track id on the map, the selected one first. */
  ids() {
    const rest = this.tracks.map((t) => t.id).filter((id) => id !== this.selected && this.wanted.has(id));
    return this.selected == null ? rest : [this.selected, ...rest];
  }

  colorOf(id) {
    const i = this.tracks.findIndex((t) => t.id === id);
    return PALETTE[(i < 0 ? 0 : i) % PALETTE.length];
  }

  setTracks(tracks) {
    this.tracks = tracks;
    for (const id of [...this.layers.keys()]) if (!tracks.some((t) => t.id === id)) this.drop(id);
    this.render();
  }

  async setSelected(id) {
    this.selected = id;
    if (id != null) this.drop(id); // the selected track is drawn by the page itself
    this.render();
    await Promise.all(this.ids().filter((x) => x !== id).map((x) => this.load(x)));
    this.changed();
  }

  render() {
    const title = document.createElement('h2');
    title.textContent = 'Tracks on the map';
    const list = document.createElement('ul');
    list.className = 'track-set-list';
    for (const t of this.tracks) {
      const item = document.createElement('li');
      item.dataset.trackId = String(t.id);
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = t.id === this.selected || this.wanted.has(t.id);
      box.disabled = t.id === this.selected;
      box.dataset.role = 'show';
      box.addEventListener('change', () => this.toggle(t.id, box.checked));
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = this.colorOf(t.id);
      swatch.dataset.color = this.colorOf(t.id);
      const name = document.createElement('span');
      name.textContent = t.id === this.selected ? `${t.name} (selected)` : t.name;
      label.append(box, swatch, name);
      item.append(label);
      if (this.signedIn) {
        const watch = document.createElement('label');
        watch.className = 'watch';
        const w = document.createElement('input');
        w.type = 'checkbox';
        w.dataset.role = 'watch';
        w.checked = this.watched.has(t.id);
        w.addEventListener('change', () => this.watch(t.id, w.checked));
        watch.append(w, document.createTextNode(' watch'));
        item.append(watch);
      }
      list.append(item);
    }
    this.box.replaceChildren(title, list);
  }

  async toggle(id, on) {
    if (on) this.wanted.add(id);
    else this.wanted.delete(id);
    writeTracksToUrl(this.ids());
    if (on) await this.load(id);
    else this.drop(id);
    this.changed();
  }

  async watch(id, on) {
    try {
      const w = on ? await deskApi.watch(id) : await deskApi.unwatch(id);
      this.watched = new Set(w.tracks);
    } catch (e) {
      this.onError(`Could not ${on ? 'watch' : 'stop watching'} the track: ${e.message}`);
    }
  }

  async load(id) {
    try {
      const [sightings, path] = await Promise.all([deskApi.sightings(id), deskApi.path(id)]);
      if (id === this.selected || !(this.wanted.has(id))) return;
      this.drop(id);
      const color = this.colorOf(id);
      const line = L.geoJSON(path, { renderer, style: { color, weight: 4, opacity: 0.9, className: 'set-track-line' },
        pointToLayer: () => null }).addTo(this.map);
      const marker = L.circleMarker([0, 0], { renderer, radius: 8, color: '#000', weight: 2, fillColor: color, fillOpacity: 1,
        className: 'set-track-position' });
      const times = sightings.filter((s) => s.kind !== 'expected').map((s) => Date.parse(s.observedAt));
      this.layers.set(id, { id, line, marker, band: new LikelyBandLayer(this.map, color), times, sightings, legs: path });
      if (this.t != null) this.setTime(this.t);
    } catch (e) {
      this.onError(`Track ${id} could not be shown: ${e.message}`);
    }
  }

  drop(id) {
    const l = this.layers.get(id);
    if (!l) return;
    l.line.remove();
    l.marker.remove();
    l.band.remove();
    this.layers.delete(id);
  }

  /** The slider's range widened to every track on the map. */
  extend(range) {
    let { start, end } = range;
    for (const l of this.layers.values()) {
      if (l.times.length) {
        start = Math.min(start, ...l.times);
        end = Math.max(end, ...l.times);
      }
    }
    return { ...range, start, end };
  }

  /** Moves every other track's marker and likely band to t (one batched, frame-throttled request). */
  setTime(t) {
    this.t = t;
    this.positions.request([...this.layers.keys()], t, (byTrack, at) => {
      for (const [id, l] of this.layers) this.show(l, byTrack.get(id));
      this.box.dataset.positionsAt = String(at);
    });
  }

  show(l, feature) {
    const c = feature?.geometry?.coordinates;
    if (c) {
      l.marker.setLatLng(lonLat(c)).addTo(this.map);
      // which track and where, on the marker itself: a reader (or a test) finds each subject's position
      Object.assign(l.marker.getElement().dataset, { trackId: String(l.id), lonLat: c.join(',') });
    } else l.marker.remove();
    l.band.show(feature);
  }

  /** The other tracks on the map with their data, for the legs table and the chart: [{ id, name, color, sightings, legs }]. */
  others() {
    return [...this.layers].map(([id, l]) => ({ id, name: this.nameOf(id), color: this.colorOf(id), sightings: l.sightings, legs: l.legs }));
  }

  nameOf(id) {
    return this.tracks.find((t) => t.id === id)?.name ?? `Track ${id}`;
  }

  /** A track changed (live update): redraw it if it is on the map. */
  refresh(id) {
    this.positions.forget();
    if (this.layers.has(id)) this.load(id).then(() => this.changed());
  }

  changed() {
    this.onChange(this.ids());
  }
}
