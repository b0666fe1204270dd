// The time–distance chart in #journey-chart, drawn as plain SVG (no charting library: every mark is a DOM node
// that can be styled like the map's legend, hovered, focused and found by tests, and nothing to load or allow in
// the Content-Security-Policy). Time runs left to right, distance along the route bottom to top, so a leg's
// slope is its speed. Sightings are points with their time window as a bar; implausible or conflicting legs are
// red; projections to announced destinations dashed; the slider's time is a vertical line. Hovering a point calls
// onHover(sightingId) (null on leaving); a click anywhere on the plot calls onPick(instant). With several tracks
// on the map (issue 21) each other track's legs are a line in its colour, and the windows in which two of them
// could have met are shaded bands across the plot.
import { journeyModel, ticks, TIME_STEPS, KM_STEPS } from './journey.js';
import { CONFIDENCE_STYLE, placeLabel } from './sightings.js';
import { kmText, speedText, utcText } from './format.js';

const SVG = 'http://www.w3.org/2000/svg';
/** Up to this many sightings each is its own focusable node; beyond, marks are merged into a few paths. */
const DETAILED_UP_TO = 300;
const HOVER_PX = 8;
const MARGIN = { left: 56, right: 14, top: 16, bottom: 34 };
const pad = (n) => String(n).padStart(2, '0');

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) node.setAttribute(k, String(v));
  for (const c of children) if (c != null) node.append(c);
  return node;
}

function title(text) {
  const t = svg('title');
  t.textContent = text;
  return t;
}

function timeTick(ms, stepMs) {
  const d = new Date(ms);
  const day = `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return stepMs >= 24 * 3600000 ? day : `${day} ${pad(d.getUTCHours())}:00`;
}

function marker(point, x, y) {
  const s = point.sighting;
  const c = CONFIDENCE_STYLE[s.confidence] ?? CONFIDENCE_STYLE.unverified;
  const expected = s.kind === 'expected';
  const style = { fill: expected ? '#fff' : c.color, stroke: expected ? '#333' : c.color, 'stroke-width': 2,
    'stroke-dasharray': c.dashArray };
  const shape = expected ? 'diamond' : c.shape;
  if (shape === 'square') return svg('rect', { x: x - 5, y: y - 5, width: 10, height: 10, ...style });
  if (shape === 'triangle') return svg('path', { d: `M${x} ${y - 6}L${x + 6} ${y + 4}L${x - 6} ${y + 4}Z`, ...style });
  if (shape === 'diamond') return svg('path', { d: `M${x} ${y - 7}L${x + 7} ${y}L${x} ${y + 7}L${x - 7} ${y}Z`, ...style });
  return svg('circle', { cx: x, cy: y, r: 5.5, ...style });
}

function nearestSpot(spots, x, y) {
  let best = null;
  let bestD = HOVER_PX * HOVER_PX;
  for (const s of spots) {
    const d = (s.x - x) ** 2 + (s.y - y) ** 2;
    if (d <= bestD) {
      bestD = d;
      best = s;
    }
  }
  return best;
}

export class JourneyChart {
  /**
   * @param {HTMLElement} container  #journey-chart
   * @param {object} actions { onHover(sightingId|null), onPick(instantMs) }
   */
  constructor(container, actions) {
    this.container = container;
    this.actions = actions;
    this.model = null;
    this.overlay = null;
    this.t = null;
    this.size = null; // from the ResizeObserver, so drawing never forces a layout of the page
    new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      if (this.size?.width === width && this.size?.height === height) return;
      this.size = { width, height };
      this.render();
    }).observe(container);
  }

  update(sightings, legs) {
    this.model = sightings.length ? journeyModel(sightings, legs) : null;
    this.render();
  }

  /**
   * The other tracks on the map and the meeting windows (issue 21), or null for the selected track alone.
   * @param overlay { tracks: [{ id, name, color, sightings, legs }], windows: [{ from, to (ms), text, colorA, colorB }] }
   */
  setOverlay(overlay) {
    this.overlay = overlay && {
      windows: overlay.windows ?? [],
      tracks: overlay.tracks.filter((t) => t.sightings?.length).map((t) => ({ ...t, model: journeyModel(t.sightings, t.legs) })),
    };
    this.render();
  }

  /** The plot's time and km extent: the selected track's, widened to the other tracks on the map. */
  extent() {
    const m = this.model;
    let { start, end, kmMax } = m;
    for (const t of this.overlay?.tracks ?? []) {
      start = Math.min(start, t.model.start);
      end = Math.max(end, t.model.end);
      kmMax = Math.max(kmMax, t.model.kmMax);
    }
    return { start, end, kmMax };
  }

  /** Meeting windows as bands under everything, each other track's legs as one path in its colour. */
  drawOverlay(root, plot, y) {
    const o = this.overlay;
    if (!o) return;
    const bands = svg('g', { class: 'meeting-bands' });
    for (const w of o.windows) {
      const x0 = Math.max(plot.x0, this.x(w.from));
      const x1 = Math.min(plot.x1, this.x(w.to));
      if (!(x1 >= x0)) continue;
      bands.append(svg('rect', { class: 'meeting-window-band', x: x0, y: plot.y1, width: Math.max(2, x1 - x0), height: plot.y0 - plot.y1,
        fill: w.colorB, stroke: w.colorA, 'data-from': new Date(w.from).toISOString(), 'data-to': new Date(w.to).toISOString() }, title(w.text)));
    }
    const lines = svg('g', { class: 'set-tracks' });
    for (const t of o.tracks) {
      const d = t.model.legs.filter((l) => !l.projection)
        .map((l) => `M${this.x(l.t0).toFixed(1)} ${y(l.km0).toFixed(1)}L${this.x(l.t1).toFixed(1)} ${y(l.km1).toFixed(1)}`).join('');
      lines.append(svg('path', { class: 'set-track-leg', d: d || null, stroke: t.color, fill: 'none', 'data-track-id': t.id,
        'data-legs': t.model.legs.filter((l) => !l.projection).length }, title(t.name)));
    }
    root.append(bands, lines);
  }

  /**
   * Moves the vertical time line (called whenever the slider's time changes). It is a separate element moved by a
   * CSS transform, so replaying a long track does not repaint the chart's thousands of marks.
   */
  setTime(t) {
    this.t = t;
    if (!this.nowLine || !this.model) return;
    const x = this.x(t);
    this.nowLine.style.transform = `translateX(${x.toFixed(1)}px)`;
    this.nowLine.dataset.x = x.toFixed(1);
    this.container.dataset.time = utcText(t);
  }

  render() {
    const box = this.container;
    if (!this.size) return; // drawn when the ResizeObserver first reports the size
    const width = Math.max(this.size.width, 200);
    const height = Math.max(this.size.height, 160);
    box.replaceChildren();
    this.nowLine = null;
    box.dataset.points = '0';
    box.dataset.legs = '0';
    if (!this.model) {
      box.append(Object.assign(document.createElement('p'), { className: 'chart-empty', textContent: 'No sightings to chart yet.' }));
      return;
    }
    const m = { ...this.model, ...this.extent() };
    const plot = { x0: MARGIN.left, x1: width - MARGIN.right, y0: height - MARGIN.bottom, y1: MARGIN.top };
    this.x = (t) => plot.x0 + ((t - m.start) / (m.end - m.start)) * (plot.x1 - plot.x0);
    this.tAt = (x) => m.start + ((x - plot.x0) / (plot.x1 - plot.x0)) * (m.end - m.start);
    const kmTop = m.kmMax * 1.08;
    const y = (km) => plot.y0 - (km / kmTop) * (plot.y0 - plot.y1);

    const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'journey-svg',
      'aria-label': 'Time–distance chart: distance along the route against time; steeper lines are faster legs' });
    const grid = svg('g', { class: 'grid' });
    const timeTicks = ticks(m.start, m.end, Math.max(2, Math.floor((plot.x1 - plot.x0) / 90)), TIME_STEPS);
    const step = timeTicks.length > 1 ? timeTicks[1] - timeTicks[0] : TIME_STEPS.at(-1);
    for (const t of timeTicks) {
      grid.append(svg('line', { x1: this.x(t), x2: this.x(t), y1: plot.y0, y2: plot.y1 }));
      const label = svg('text', { x: this.x(t), y: plot.y0 + 14, 'text-anchor': 'middle' });
      label.textContent = timeTick(t, step);
      grid.append(label);
    }
    for (const km of ticks(0, kmTop, Math.max(2, Math.floor((plot.y0 - plot.y1) / 30)), KM_STEPS)) {
      grid.append(svg('line', { x1: plot.x0, x2: plot.x1, y1: y(km), y2: y(km) }));
      const label = svg('text', { x: plot.x0 - 6, y: y(km) + 4, 'text-anchor': 'end' });
      label.textContent = String(km);
      grid.append(label);
    }
    const xTitle = svg('text', { x: plot.x1, y: height - 4, 'text-anchor': 'end', class: 'axis-title' });
    xTitle.textContent = 'time (UTC)';
    const yTitle = svg('text', { x: 4, y: plot.y1 + 2, class: 'axis-title', 'dominant-baseline': 'hanging' });
    yTitle.textContent = 'km';
    grid.append(xTitle, yTitle, svg('rect', { class: 'frame', x: plot.x0, y: plot.y1, width: plot.x1 - plot.x0, height: plot.y0 - plot.y1 }));
    root.append(grid);
    this.drawOverlay(root, plot, y);

    const detailed = m.points.length <= DETAILED_UP_TO;
    if (detailed) this.drawDetailed(root, m, y);
    else this.drawMerged(root, m, y);

    this.nowLine = document.createElement('div');
    this.nowLine.className = 'now-line';
    Object.assign(this.nowLine.style, { top: `${plot.y1}px`, height: `${plot.y0 - plot.y1}px` });
    root.addEventListener('click', (e) => {
      const r = root.getBoundingClientRect();
      const px = e.clientX - r.left;
      if (px < plot.x0 || px > plot.x1) return;
      this.actions.onPick(this.tAt(px));
    });
    box.append(root, this.nowLine);
    box.dataset.points = String(m.points.length);
    box.dataset.legs = String(m.legs.filter((l) => !l.projection).length);
    box.dataset.projections = String(m.legs.filter((l) => l.projection).length);
    box.dataset.detail = detailed ? 'marks' : 'merged';
    if (this.t != null) this.setTime(this.t);
  }

  /** Few sightings: every leg a line with a tooltip, every sighting a focusable group. */
  drawDetailed(root, m, y) {
    const legs = svg('g', { class: 'legs' });
    for (const l of m.legs) {
      const name = `${placeLabel(l.from)} → ${placeLabel(l.to)}`;
      const facts = l.projection
        ? `projection, ${kmText(l.p.lengthKm)}${l.p.etaUtc ? `, ETA ${utcText(l.t1)}` : ''}`
        : [kmText(l.p.lengthKm), speedText(l.p.speedKmh), l.flagged ? `⚠ ${l.p.flagReason ?? 'implausible'}` : null].filter(Boolean).join(', ');
      legs.append(svg('line', {
        class: `leg${l.projection ? ' projection' : ''}${l.flagged ? ' flagged' : ''}${l.p.travelMode ? ` mode-${l.p.travelMode}` : ''}`,
        x1: this.x(l.t0), y1: y(l.km0), x2: this.x(l.t1), y2: y(l.km1),
        'data-leg-index': l.p.index, 'data-feature-type': l.p.featureType,
      }, title(`${name}: ${facts}`)));
    }
    root.append(legs);

    const points = svg('g', { class: 'points' });
    for (const p of m.points) {
      const s = p.sighting;
      const px = this.x(p.t);
      const py = y(p.km);
      const g = svg('g', { class: 'point', tabindex: 0, 'data-sighting-id': s.id,
        'aria-label': `${placeLabel(s)}, ${utcText(p.t)}, ${kmText(p.km) ?? '0 km'} along the route` },
      title(`${placeLabel(s)} · ${utcText(p.t)} · ${s.source ?? ''}`));
      if (p.to > p.from) g.append(svg('line', { class: 'window', x1: this.x(p.from), x2: this.x(p.to), y1: py, y2: py }));
      g.append(marker(p, px, py));
      const enter = () => this.actions.onHover(s.id);
      const leave = () => this.actions.onHover(null);
      g.addEventListener('mouseenter', enter);
      g.addEventListener('mouseleave', leave);
      g.addEventListener('focus', enter);
      g.addEventListener('blur', leave);
      points.append(g);
    }
    root.append(points);
  }

  /**
   * Many sightings: one path per kind of leg and per confidence, and one for the time windows (a few nodes instead
   * of tens of thousands); hovering finds the nearest sighting within a few pixels.
   */
  drawMerged(root, m, y) {
    const d = { leg: [], flagged: [], projection: [], window: [] };
    for (const l of m.legs) {
      d[l.projection ? 'projection' : l.flagged ? 'flagged' : 'leg'].push(`M${this.x(l.t0).toFixed(1)} ${y(l.km0).toFixed(1)}L${this.x(l.t1).toFixed(1)} ${y(l.km1).toFixed(1)}`);
    }
    const byConfidence = new Map();
    const spots = [];
    for (const p of m.points) {
      const px = this.x(p.t);
      const py = y(p.km);
      spots.push({ x: px, y: py, id: p.sighting.id });
      if (p.to > p.from) d.window.push(`M${this.x(p.from).toFixed(1)} ${py.toFixed(1)}H${this.x(p.to).toFixed(1)}`);
      const key = p.sighting.kind === 'expected' ? 'expected' : p.sighting.confidence;
      if (!byConfidence.has(key)) byConfidence.set(key, []);
      byConfidence.get(key).push(`M${(px - 2.5).toFixed(1)} ${py.toFixed(1)}a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0`);
    }
    const legs = svg('g', { class: 'legs' });
    legs.append(svg('path', { class: 'leg', d: d.leg.join(''), fill: 'none' }),
      svg('path', { class: 'leg flagged', d: d.flagged.join(''), fill: 'none' }),
      svg('path', { class: 'leg projection', d: d.projection.join(''), fill: 'none' }));
    const points = svg('g', { class: 'points merged' }, svg('path', { class: 'window', d: d.window.join('') }));
    for (const [key, parts] of byConfidence) {
      const c = CONFIDENCE_STYLE[key] ?? { color: '#333' };
      points.append(svg('path', { d: parts.join(''), fill: key === 'expected' ? '#fff' : c.color, stroke: c.color, 'stroke-width': 1 }));
    }
    root.append(legs, points);
    let hovered = null;
    root.addEventListener('mousemove', (e) => {
      const r = root.getBoundingClientRect();
      const hit = nearestSpot(spots, e.clientX - r.left, e.clientY - r.top);
      const id = hit?.id ?? null;
      if (id !== hovered) this.actions.onHover((hovered = id));
    });
    root.addEventListener('mouseleave', () => {
      if (hovered != null) this.actions.onHover((hovered = null));
    });
  }
}
