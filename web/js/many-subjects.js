// A desk's many subjects (issue 21), wired in one place so that main.js only calls it: the set of tracks on the
// map (track-set.js), the meetings between them (meetings.js), the selected track's likely band and gauge
// (likely-band.js), alerts about watched tracks (alerts.js), and the legs table and journey chart showing every
// track of the set, each in its colour, with the meeting windows on the chart.
import { TrackSet } from './track-set.js';
import { MeetingLayer } from './meetings.js';
import { LikelyBandLayer, LikelyGauge } from './likely-band.js';
import { AlertList } from './alerts.js';
import { renderLegsTable } from './legs-table.js';

export class ManySubjects {
  /**
   * @param map the Leaflet map
   * @param elements { description: the track's description (the legend and the gauge go after it),
   *                   chart: #journey-chart (the meeting strip goes after it), legs: #legs-body }
   * @param options { chart: the JourneyChart, notify(message), focusLeg(featureType, index) (the selected track's),
   *                  range(): the selected track's time range or null, setRange(range): the slider's new range }
   */
  constructor(map, elements, options) {
    this.map = map;
    this.elements = elements;
    this.options = options;
    this.alerts = new AlertList();
    this.likely = new LikelyBandLayer(map);
    this.gauge = new LikelyGauge(elements.description);
    this.trackSet = null; // made in start(), once the page knows who is signed in (watching needs it)
    this.meetings = null;
    this.selected = { id: null, sightings: [], legs: null };
    this.windows = [];
  }

  start(account) {
    this.trackSet = new TrackSet(this.map, this.elements.description, {
      signedIn: account.kind === 'user',
      onError: this.options.notify,
      onChange: (ids) => this.setChanged(ids),
    });
    this.meetings = new MeetingLayer(this.map, this.elements.chart, this.options.notify, (windows) => {
      this.windows = windows;
      this.drawTables();
    });
  }

  setChanged(ids) {
    const own = this.options.range();
    const range = own && this.extend(own);
    if (range) this.options.setRange(range);
    this.meetings.update(ids, (id) => this.trackSet.colorOf(id), range);
    this.drawTables();
  }

  /** The slider's range widened to every track on the map. */
  extend(range) {
    return this.trackSet ? this.trackSet.extend(range) : range;
  }

  /** The selected track's position at the slider's time arrived: its likely band and gauge. */
  showPosition(feature) {
    this.likely.show(feature);
    this.gauge.show(feature);
  }

  setTime(t) {
    this.trackSet?.setTime(t);
  }

  setTracks(tracks) {
    this.trackSet?.setTracks(tracks);
  }

  /** The selected track was drawn (its sightings and legs): the table and chart show it with the set. */
  drawn(trackId, sightings, legs) {
    this.selected = { id: trackId, sightings, legs };
    this.drawTables();
  }

  async select(trackId) {
    await this.trackSet?.setSelected(trackId);
    if (this.trackSet && trackId != null) this.likely.color = this.trackSet.colorOf(trackId);
  }

  /** A track other than the selected one changed (live update). */
  changed(trackId) {
    this.trackSet?.refresh(trackId);
  }

  alert(alert) {
    this.alerts.show(alert);
  }

  drawTables() {
    const others = this.trackSet?.others() ?? [];
    const { id, sightings, legs } = this.selected;
    const set = others.length && id != null
      ? { selected: { id, name: this.trackSet.nameOf(id), color: this.trackSet.colorOf(id) }, others }
      : null;
    renderLegsTable(this.elements.legs, sightings, legs, this.options.focusLeg, set);
    this.options.chart.setOverlay(set ? { tracks: others, windows: this.windows } : null);
  }
}
