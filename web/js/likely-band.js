// The likely band (issue 21): where the subject probably is, as two shades along its route on the map (the
// central 90 % light, the central 50 % dark) and as a gauge beside the clock that sets both against the feasible
// worst case (uncertaintyKm). Reads likelyStretch50/90 and likelyKm50/90 from a position Feature.
import L from './leaflet.js';
import { kmText } from './format.js';

const lonLat = (c) => [c[1], c[0]];
const renderer = L.svg({ padding: 0.5 }); // two shades per track, as DOM nodes

export class LikelyBandLayer {
  /** @param map the Leaflet map; @param color the track's colour */
  constructor(map, color = '#0072B2') {
    this.map = map;
    this.color = color;
    this.shades = L.layerGroup().addTo(map);
  }

  show(feature) {
    this.shades.clearLayers();
    const p = feature?.properties;
    if (!p) return;
    for (const [key, opacity, cls] of [['likelyStretch90', 0.25, 'likely-90'], ['likelyStretch50', 0.55, 'likely-50']]) {
      const line = p[key]?.coordinates;
      if (line?.length >= 2) {
        L.polyline(line.map(lonLat), { renderer, color: this.color, weight: 16, opacity, lineCap: 'butt', interactive: false,
          className: `likely-band ${cls}` }).addTo(this.shades);
      }
    }
  }

  remove() {
    this.shades.remove();
  }
}

/** The gauge: three nested bars, feasible (outline), 90 % and 50 % (the map's two shades), with their widths. */
export class LikelyGauge {
  constructor(parent) {
    this.box = document.createElement('div');
    this.box.id = 'likely-gauge';
    this.box.className = 'likely-gauge';
    this.box.hidden = true;
    parent.after(this.box);
  }

  show(feature) {
    const p = feature?.properties;
    this.box.replaceChildren();
    if (p?.likelyKm90 == null || !(p.uncertaintyKm > 0)) {
      this.box.hidden = true;
      return;
    }
    this.box.hidden = false;
    const bar = document.createElement('div');
    bar.className = 'likely-feasible';
    for (const [km, cls] of [[p.likelyKm90, 'likely-90'], [p.likelyKm50, 'likely-50']]) {
      const shade = document.createElement('div');
      shade.className = `likely-shade ${cls}`;
      shade.style.width = `${Math.max(1, (100 * km) / p.uncertaintyKm)}%`;
      bar.append(shade);
    }
    const text = document.createElement('p');
    text.className = 'likely-text';
    text.textContent = `Likely within ${kmText(p.likelyKm50)} (50 %) or ${kmText(p.likelyKm90)} (90 %) along the route;`
      + ` at worst ${kmText(p.uncertaintyKm)}.`;
    this.box.append(bar, text);
  }
}
