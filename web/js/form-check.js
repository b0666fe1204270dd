// The dry run of the sighting form (issue #25): as the editor types (debounced), the form's fields are checked by
// POST/PUT …/sightings?dryRun=true, which stores nothing. Its warnings (implausible speed, duplicate, place far from
// the coordinates, conflict) are shown beside the fields before the save, and the time is read back: a time typed
// without an offset is local time at the place, shown with its zone and in UTC.
import { api, ApiError } from './api.js';
import { el, replaceChildren } from './dom.js';
import { zoneText, utcText } from './format.js';

/** Quiet time after the last keystroke before the fields are checked, ms. */
export const CHECK_DELAY_MS = 500;

/** A dry run is sent only when the required fields are there (an incomplete form is not worth a request). */
export function complete(fields) {
  return !!fields.observedAt && !!fields.source && !!(fields.place || (fields.lat && fields.lon));
}

export const keyOf = (fields) => JSON.stringify(fields);

export class FormCheck {
  /**
   * @param {HTMLFormElement} form
   * @param {object} options { trackId(), editingId(), fields(), onResult(check), onError(ApiError), showSighting(id) }
   */
  constructor(form, options) {
    this.form = form;
    this.options = options;
    this.timer = null;
    this.abort = null;
    this.last = null; // { key, result } of the latest dry run answered
    this.readback = form.querySelector('[data-role=time-readback]');
  }

  /** Checks the fields soon (called on every input). */
  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), CHECK_DELAY_MS);
  }

  cancel() {
    clearTimeout(this.timer);
    this.abort?.abort();
    this.abort = null;
  }

  forget() {
    this.cancel();
    this.last = null;
    this.failed = null;
    this.showWarnings([]);
    this.readback.textContent = '';
  }

  /** The error the latest dry run answered for exactly these fields, if it failed. */
  failedFor(fields) {
    return this.failed?.key === keyOf(fields) ? this.failed.error : null;
  }

  /** The answer for exactly these fields, if the latest dry run was for them. */
  resultFor(fields) {
    return this.last?.key === keyOf(fields) ? this.last.result : null;
  }

  /** Runs the dry run now; resolves to its answer, or null (incomplete form, error, superseded). */
  async run() {
    clearTimeout(this.timer);
    const trackId = this.options.trackId();
    const fields = this.options.fields();
    if (trackId == null || !complete(fields)) return null;
    const key = keyOf(fields);
    if (this.last?.key === key) return this.last.result;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    try {
      const result = await api.checkSighting(trackId, this.options.editingId(), fields, abort.signal);
      if (abort.signal.aborted) return null;
      this.last = { key, result };
      this.readBack(result);
      this.showWarnings(result.warnings ?? []);
      this.options.onResult(result);
      return result;
    } catch (e) {
      if (abort.signal.aborted || e.name === 'AbortError') return null;
      if (!(e instanceof ApiError)) throw e;
      this.last = null;
      this.failed = { key, error: e };
      this.readback.textContent = '';
      this.showWarnings([]);
      this.options.onError(e);
      return null;
    }
  }

  /** "Read as 2023-09-12 14:00 GMT+10 (Asia/Vladivostok) = 2023-09-12 04:00 UTC". */
  readBack(result) {
    const ms = Date.parse(result.observedAtUtc);
    if (!Number.isFinite(ms)) return;
    const local = zoneText(ms, result.timezone) ?? result.observedAt;
    this.readback.textContent = `Read as ${local} = ${utcText(ms)}`;
  }

  warningBox(field) {
    let box = this.form.querySelector(`[data-warning-for="${field}"]`);
    if (!box) {
      const anchor = this.form.querySelector(`[data-error-for="${field}"]`) ?? this.form.querySelector('[data-role=form-error]');
      box = el('div', { class: 'field-warning', dataset: { warningFor: field }, role: 'status' });
      anchor.after(box);
    }
    return box;
  }

  showWarnings(warnings) {
    for (const box of this.form.querySelectorAll('[data-warning-for]')) {
      replaceChildren(box);
      box.hidden = true;
    }
    for (const w of warnings) {
      const box = this.warningBox(w.field ?? 'observedAt');
      const link = w.sightingId != null ? el('button', {
        type: 'button', class: 'link-button', text: `Show sighting #${w.sightingId}`,
        onclick: () => this.options.showSighting(w.sightingId),
      }) : null;
      box.append(el('p', { class: 'warning', dataset: { code: w.code } }, `⚠ ${w.message} `, link));
      box.hidden = false;
    }
  }
}
