// Could they have met? (issue 21) For the tracks on the map, GET /api/meetings and draw each possible window:
// on the map, both subjects' feasible stretches at the closest approach (dashed, in each track's colour) and the
// closest points; on the meeting strip under the journey chart, the windows along the slider's time range (the
// rest of the common time being certainly apart); onWindows(windows) hands them to the journey chart.
import L from './leaflet.js';
import { deskApi } from './desk-api.js';
import { utcText, kmText } from './format.js';

const lonLat = (c) => [c[1], c[0]];
const renderer = L.svg({ padding: 0.5 }); // few marks, each a DOM node (the page's canvas is for the thousands)
export const MEETING_WITHIN_KM = 25;

export class MeetingLayer {
  /** @param onWindows called with [{ from, to (ms), text, colorA, colorB }] after every update */
  constructor(map, chart, onError, onWindows = () => {}) {
    this.map = map;
    this.group = L.layerGroup().addTo(map);
    this.strip = document.createElement('div');
    this.strip.id = 'meeting-strip';
    this.strip.className = 'meeting-strip';
    this.strip.setAttribute('aria-label', `Times the subjects could have met (within ${MEETING_WITHIN_KM} km)`);
    chart.after(this.strip);
    this.onError = onError;
    this.onWindows = onWindows;
    this.load = 0;
    this.pairs = [];
  }

  /** @param ids the tracks on the map; colorOf(id) their colours; range {start, end} of the slider (ms) */
  async update(ids, colorOf, range) {
    const load = ++this.load;
    if (ids.length < 2) {
      this.pairs = [];
      this.draw(colorOf, range);
      return;
    }
    try {
      const answer = await deskApi.meetings(ids.slice(0, 10), MEETING_WITHIN_KM);
      if (load !== this.load) return;
      this.pairs = answer.pairs;
      this.draw(colorOf, range);
    } catch (e) {
      this.onError(`Meetings could not be computed: ${e.message}`);
    }
  }

  draw(colorOf, range) {
    this.group.clearLayers();
    this.strip.replaceChildren();
    this.strip.hidden = this.pairs.length === 0;
    const span = range && range.end > range.start ? range.end - range.start : null;
    const windows = [];
    for (const pair of this.pairs) {
      for (const w of pair.possible) {
        const text = `Could have met (within ${MEETING_WITHIN_KM} km) between ${utcText(Date.parse(w.from))} and `
          + `${utcText(Date.parse(w.to))}; closest ${kmText(w.closestKm)}`;
        windows.push({ from: Date.parse(w.from), to: Date.parse(w.to), text, colorA: colorOf(pair.trackA), colorB: colorOf(pair.trackB) });
        for (const [key, id] of [['stretchA', pair.trackA], ['stretchB', pair.trackB]]) {
          if (w[key].length >= 2) {
            L.polyline(w[key].map(lonLat), { renderer, color: colorOf(id), weight: 5, dashArray: '8 6',
              className: 'meeting-stretch' }).bindTooltip(text).addTo(this.group);
          }
        }
        L.circleMarker(lonLat(w.closestA), { renderer, radius: 7, color: '#000', weight: 2, fillColor: colorOf(pair.trackA),
          fillOpacity: 0.9, className: 'meeting-point' }).bindTooltip(text).addTo(this.group);
        if (span) {
          const mark = document.createElement('div');
          mark.className = 'meeting-window';
          mark.dataset.from = w.from;
          mark.dataset.to = w.to;
          mark.title = text;
          const left = Math.max(0, Math.min(100, (100 * (Date.parse(w.from) - range.start)) / span));
          const right = Math.max(0, Math.min(100, (100 * (Date.parse(w.to) - range.start)) / span));
          mark.style.left = `${left}%`;
          mark.style.width = `${Math.max(0.5, right - left)}%`;
          mark.style.background = colorOf(pair.trackB);
          mark.style.borderColor = colorOf(pair.trackA);
          this.strip.append(mark);
        }
      }
    }
    this.onWindows(windows);
  }
}
