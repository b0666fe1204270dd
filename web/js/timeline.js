// The time slider: a native range input (keyboard operable: arrows = 1 min... PageUp/Down = 1 h), play/pause
// in proportion to track time, a speed choice and previous/next sighting buttons.
import { utcText } from './format.js';

const MINUTE = 60000;
const HOUR = 60 * MINUTE;

export class Timeline {
  /**
   * @param {object} ui        { slider, play, speed, prev, next, start, end }
   * @param {function} onTime  called with the new instant (ms) whenever it changes
   */
  constructor(ui, onTime) {
    this.ui = ui;
    this.onTime = onTime;
    this.start = 0;
    this.end = 0;
    this.stops = [];
    this.t = 0;
    this.frame = null;

    ui.slider.addEventListener('input', () => this.set(this.start + Number(ui.slider.value) * MINUTE));
    ui.slider.addEventListener('keydown', (e) => {
      const step = { PageUp: HOUR, PageDown: -HOUR }[e.key];
      if (step) {
        e.preventDefault();
        this.set(this.t + step);
      }
    });
    ui.play.addEventListener('click', () => (this.frame ? this.pause() : this.play()));
    ui.prev.addEventListener('click', () => this.jump(-1));
    ui.next.addEventListener('click', () => this.jump(1));
  }

  /** Range of the slider and the instants of the sightings (for previous/next). */
  setRange(start, end, stops) {
    this.start = start;
    this.end = Math.max(end, start + MINUTE);
    this.stops = [...stops].sort((a, b) => a - b);
    this.ui.slider.min = '0';
    this.ui.slider.max = String(Math.round((this.end - this.start) / MINUTE));
    this.ui.slider.step = '1';
    this.ui.start.textContent = utcText(this.start);
    this.ui.end.textContent = utcText(this.end);
    const enabled = stops.length > 0;
    for (const control of [this.ui.slider, this.ui.play, this.ui.prev, this.ui.next]) control.disabled = !enabled;
  }

  clamp(t) {
    return Math.min(this.end, Math.max(this.start, t));
  }

  set(t, { silent = false } = {}) {
    this.t = this.clamp(t);
    this.ui.slider.value = String(Math.round((this.t - this.start) / MINUTE));
    this.ui.slider.setAttribute('aria-valuetext', utcText(this.t));
    if (!silent) this.onTime(this.t);
  }

  jump(direction) {
    const target = direction < 0
      ? [...this.stops].reverse().find((s) => s < this.t - MINUTE / 2)
      : this.stops.find((s) => s > this.t + MINUTE / 2);
    if (target != null) this.set(target);
  }

  /** Track hours per real second, from the speed select. */
  speed() {
    return Number(this.ui.speed.value) || 1;
  }

  play() {
    if (this.t >= this.end) this.set(this.start);
    this.ui.play.textContent = 'Pause';
    this.ui.play.setAttribute('aria-pressed', 'true');
    let last = performance.now();
    const tick = (now) => {
      const dt = now - last;
      last = now;
      this.set(this.t + (dt / 1000) * this.speed() * HOUR);
      this.frame = this.t >= this.end ? (this.pause(), null) : requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  pause() {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = null;
    this.ui.play.textContent = 'Play';
    this.ui.play.setAttribute('aria-pressed', 'false');
  }
}
