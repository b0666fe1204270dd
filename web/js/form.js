// The sighting form. Its inputs carry the API's field names; it posts exactly those fields (blank ones left
// out) as application/x-www-form-urlencoded, shows each server error next to the field it names, and offers
// a 422's candidate places as buttons.
import { api, ApiError } from './api.js';
import { el, replaceChildren } from './dom.js';
import { attachAutocomplete, candidateLabel, candidateOf } from './autocomplete.js';
import { FormCheck, complete } from './form-check.js';
import { personWords } from './error-words.js';

export const FIELDS = ['observedAt', 'timeUncertaintyMinutes', 'place', 'lat', 'lon', 'locationUncertaintyKm',
  'source', 'sourceUrl', 'confidence', 'kind', 'notes', 'arrivedBy'];

const DEFAULTS = { confidence: 'reported', kind: 'sighting' };

export class SightingForm {
  /**
   * @param {HTMLFormElement} form
   * @param {object} options { trackId(), trackName(), near() -> {lat, lon} | null, onSaved(sighting, created),
   *                           showSighting(id) }
   */
  constructor(form, options) {
    this.form = form;
    this.options = options;
    this.editing = null;
    this.title = form.querySelector('[data-role=title]');
    this.submit = form.querySelector('button[type=submit]');
    this.cancel = form.querySelector('[data-role=cancel]');
    this.status = form.querySelector('[data-role=status]');
    this.formError = form.querySelector('[data-role=form-error]');
    this.candidates = form.querySelector('[data-role=candidates]');
    this.pickedPlace = null; // the place name whose coordinates a pick filled in
    this.confirmedKey = null; // fields the editor chose to save in spite of their warnings
    this.touched = new Set();
    this.check = new FormCheck(form, {
      trackId: options.trackId,
      editingId: () => this.editing?.id ?? null,
      fields: () => this.fields(),
      onResult: (result) => this.checked(result),
      onError: (e) => this.showErrors(e, { touchedOnly: true, focus: false }),
      showSighting: (id) => options.showSighting?.(id),
    });
    form.addEventListener('input', (e) => {
      const name = e.target.name;
      if (FIELDS.includes(name)) this.touched.add(name);
      if (name === 'place') this.placeTyped();
      if (FIELDS.includes(name)) this.check.schedule();
    });

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.save();
    });
    this.cancel.addEventListener('click', () => this.reset());
    attachAutocomplete(this.input('place'), form.querySelector('[data-role=place-options]'), {
      near: options.near,
      onPick: (c) => this.fillPlace(c),
    });
    this.attachTimeHelper();
    this.reset();
  }

  input(name) {
    return this.form.elements.namedItem(name);
  }

  /** The request body: only the API's field names, blank fields left out. */
  fields() {
    const out = {};
    for (const name of FIELDS) {
      const value = this.input(name).value.trim();
      if (value !== '') out[name] = value;
    }
    return out;
  }

  setCoordinates(lat, lon) {
    this.input('lat').value = lat.toFixed(5);
    this.input('lon').value = lon.toFixed(5);
    this.say(`Coordinates set from the map: ${lat.toFixed(5)}, ${lon.toFixed(5)}.`);
  }

  fillPlace(c) {
    this.input('place').value = c.name;
    this.input('lat').value = String(c.lat);
    this.input('lon').value = String(c.lon);
    this.pickedPlace = c.name;
    this.clearError('place');
    this.check.schedule();
  }

  /** The place text changed after a pick: the picked coordinates belong to the old name, so they go. */
  placeTyped() {
    if (this.pickedPlace == null || this.input('place').value === this.pickedPlace) return;
    this.pickedPlace = null;
    this.input('lat').value = '';
    this.input('lon').value = '';
    this.say('The place changed after it was picked: its coordinates were cleared.');
  }

  /** The title names the track the form writes to. */
  setTitle() {
    const name = this.options.trackName?.();
    const to = name ? ` to ${name}` : '';
    this.title.textContent = this.editing ? `Edit sighting #${this.editing.id}${name ? ` of ${name}` : ''}` : `Add a sighting${to}`;
  }

  /** Whether an edit is open with changes not saved (accepting a draft must ask before dropping it). */
  hasOpenEdit() {
    return this.editing != null;
  }

  /** A dry run answered: warnings are shown beside the fields; the save button says what a click does. */
  checked(result) {
    this.clearErrors({ keepWarnings: true });
    const warned = (result.warnings ?? []).length > 0;
    this.submit.textContent = warned ? 'Save anyway' : (this.editing ? 'Save changes' : 'Add sighting');
    this.submit.dataset.warnings = String((result.warnings ?? []).length);
  }

  /** Fill the form with a stored sighting; the next save replaces it (PUT). */
  edit(s) {
    this.reset();
    this.editing = s;
    for (const name of FIELDS) {
      const v = s[name];
      this.input(name).value = v == null ? '' : String(v);
    }
    this.setTitle();
    this.submit.textContent = 'Save changes';
    this.cancel.hidden = false;
    this.form.scrollIntoView({ block: 'nearest' });
    this.input('observedAt').focus();
  }

  /** Fill the form with a draft read from a report: a new sighting, stored only when the person submits it. */
  fillDraft(d) {
    this.reset();
    for (const name of FIELDS) {
      const v = d[name];
      if (v != null && v !== '') this.input(name).value = String(v);
    }
    if (d.place && d.lat != null) this.pickedPlace = d.place;
    this.say(`Draft for ${d.place} filled in from the report: check it, then add it.`);
    this.form.scrollIntoView({ block: 'nearest' });
    this.input('observedAt').focus();
    this.check.run();
  }

  reset() {
    this.form.reset();
    for (const [name, value] of Object.entries(DEFAULTS)) this.input(name).value = value;
    this.editing = null;
    this.pickedPlace = null;
    this.confirmedKey = null;
    this.touched = new Set();
    this.setTitle();
    this.submit.textContent = 'Add sighting';
    delete this.submit.dataset.warnings;
    this.cancel.hidden = true;
    this.clearErrors();
    this.check?.forget();
  }

  say(text) {
    this.status.textContent = text;
  }

  errorElement(name) {
    return this.form.querySelector(`[data-error-for="${name}"]`);
  }

  clearError(name) {
    const box = this.errorElement(name);
    if (box) {
      box.hidden = true;
      box.textContent = '';
    }
    this.input(name)?.removeAttribute('aria-invalid');
  }

  clearErrors({ keepWarnings = false } = {}) {
    if (!keepWarnings) this.check?.showWarnings([]);
    FIELDS.forEach((name) => this.clearError(name));
    this.formError.hidden = true;
    this.formError.textContent = '';
    this.candidates.hidden = true;
    replaceChildren(this.candidates);
  }

  /** Every error of an answer beside its field, in a person's words; focus goes to the first. */
  showErrors(e, { touchedOnly = false, focus = true } = {}) {
    this.clearErrors({ keepWarnings: true });
    const list = e.errors?.length ? e.errors : [{ field: e.field, code: e.code, message: e.message }];
    let first = null;
    for (const error of list) {
      const field = error.field && FIELDS.includes(error.field) ? error.field : null;
      if (touchedOnly && field && !this.touched.has(field)) continue;
      if (!field) {
        this.formError.textContent = error.message;
        this.formError.hidden = false;
        continue;
      }
      const input = this.input(field);
      const box = this.errorElement(field);
      box.textContent = personWords(error, input.value);
      box.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      first = first ?? input;
    }
    if (focus && first) first.focus();
    if (e.candidates?.length) this.showCandidates(e.candidates);
  }

  showError(error) {
    this.showErrors(error);
  }

  showCandidates(list) {
    const candidates = list.map(candidateOf);
    replaceChildren(this.candidates,
      el('p', { text: 'Did you mean one of these? Pick one, then submit again.' }),
      candidates.map((c) => el('button', {
        type: 'button',
        class: 'candidate',
        text: candidateLabel(c),
        onclick: () => {
          this.fillPlace(c);
          this.candidates.hidden = true;
          this.submit.focus();
          this.say(`Picked ${candidateLabel(c)}.`);
        },
      })));
    this.candidates.hidden = false;
  }

  async save() {
    const trackId = this.options.trackId();
    if (trackId == null) return;
    this.submit.disabled = true;
    const editing = this.editing;
    const fields = this.fields();
    const key = JSON.stringify(fields);
    try {
      // every check before the save: warnings shown first (as the editor typed, or now), then "Save anyway" saves
      // in spite of them; the warnings of exactly these fields, once shown, do not stop the save again
      if (complete(fields) && this.confirmedKey !== key && !this.check.resultFor(fields)) {
        const checked = this.check.failedFor(fields) ? null : await this.check.run();
        if (checked?.warnings?.length) {
          this.confirmedKey = key;
          this.submit.textContent = 'Save anyway';
          this.say(`${checked.warnings.length === 1 ? 'One warning' : `${checked.warnings.length} warnings`} above: check, then “Save anyway” to save as it is.`);
          this.form.querySelector('[data-warning-for]:not([hidden])')?.scrollIntoView({ block: 'nearest' });
          return;
        }
        const failed = checked ? null : this.check.failedFor(fields);
        if (failed) {
          this.showErrors(failed); // the dry run's answer for exactly these fields: no second request
          return;
        }
      }
      this.clearErrors();
      this.check.cancel();
      const saved = editing
        ? await api.updateSighting(trackId, editing.id, fields, editing.revision)
        : await api.createSighting(trackId, fields);
      this.reset();
      const warned = saved.warnings?.length ? ` (with ${saved.warnings.length === 1 ? 'a warning' : `${saved.warnings.length} warnings`}: ${saved.warnings.map((w) => w.message).join(' ')})` : '';
      this.say(editing ? `Sighting #${saved.id} saved${warned}.` : `Sighting #${saved.id} added${warned}.`);
      this.options.onSaved(saved, !editing);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      this.showError(e);
    } finally {
      this.submit.disabled = false;
    }
  }

  /**
   * The date and time picker, shown by default: it writes the local time at the place ("2023-09-12 14:00"), which
   * the server reads in the place's time zone; the dry run reads it back with the zone and in UTC.
   */
  attachTimeHelper() {
    const local = this.form.querySelector('[data-role=helper-local]');
    const offset = this.form.querySelector('[data-role=helper-offset]');
    const write = () => {
      if (!local.value) return;
      this.input('observedAt').value = `${local.value.replace('T', ' ')}${offset.value === 'place' ? '' : offset.value}`;
      this.touched.add('observedAt');
      this.clearError('observedAt');
      this.check.schedule();
    };
    local.addEventListener('change', write);
    offset.addEventListener('change', write);
  }
}
