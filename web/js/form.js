// The sighting form. Its inputs carry the API's field names; it posts exactly those fields (blank ones left
// out) as application/x-www-form-urlencoded, shows each server error next to the field it names, and offers
// a 422's candidate places as buttons.
import { api, ApiError } from './api.js';
import { el, replaceChildren } from './dom.js';
import { attachAutocomplete, candidateLabel, candidateOf } from './autocomplete.js';

export const FIELDS = ['observedAt', 'timeUncertaintyMinutes', 'place', 'lat', 'lon', 'locationUncertaintyKm',
  'source', 'sourceUrl', 'confidence', 'kind', 'notes', 'arrivedBy'];

const DEFAULTS = { confidence: 'reported', kind: 'sighting' };

export class SightingForm {
  /**
   * @param {HTMLFormElement} form
   * @param {object} options { trackId(), near() -> {lat, lon} | null, onSaved(sighting, created) }
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
    this.clearError('place');
  }

  /** Fill the form with a stored sighting; the next save replaces it (PUT). */
  edit(s) {
    this.reset();
    this.editing = s;
    for (const name of FIELDS) {
      const v = s[name];
      this.input(name).value = v == null ? '' : String(v);
    }
    this.title.textContent = `Edit sighting #${s.id}`;
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
    this.say(`Draft for ${d.place} filled in from the report: check it, then add it.`);
    this.form.scrollIntoView({ block: 'nearest' });
    this.input('observedAt').focus();
  }

  reset() {
    this.form.reset();
    for (const [name, value] of Object.entries(DEFAULTS)) this.input(name).value = value;
    this.editing = null;
    this.title.textContent = 'Add a sighting';
    this.submit.textContent = 'Add sighting';
    this.cancel.hidden = true;
    this.clearErrors();
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

  clearErrors() {
    FIELDS.forEach((name) => this.clearError(name));
    this.formError.hidden = true;
    this.formError.textContent = '';
    this.candidates.hidden = true;
    replaceChildren(this.candidates);
  }

  showError(error) {
    const field = error.field && FIELDS.includes(error.field) ? error.field : null;
    if (!field) {
      this.formError.textContent = error.message;
      this.formError.hidden = false;
      return;
    }
    const box = this.errorElement(field);
    box.textContent = error.message;
    box.hidden = false;
    const input = this.input(field);
    input.setAttribute('aria-invalid', 'true');
    input.focus();
    if (error.candidates?.length) this.showCandidates(error.candidates);
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
    this.clearErrors();
    this.submit.disabled = true;
    const editing = this.editing;
    try {
      const saved = editing
        ? await api.updateSighting(trackId, editing.id, this.fields(), editing.revision)
        : await api.createSighting(trackId, this.fields());
      this.reset();
      this.say(editing ? `Sighting #${saved.id} saved.` : `Sighting #${saved.id} added.`);
      this.options.onSaved(saved, !editing);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      this.showError(e);
    } finally {
      this.submit.disabled = false;
    }
  }

  /** The optional helper: a datetime-local input and an offset select composed into observedAt. */
  attachTimeHelper() {
    const local = this.form.querySelector('[data-role=helper-local]');
    const offset = this.form.querySelector('[data-role=helper-offset]');
    const apply = this.form.querySelector('[data-role=helper-apply]');
    apply.addEventListener('click', () => {
      if (!local.value) {
        local.focus();
        return;
      }
      this.input('observedAt').value = `${local.value}${offset.value}`;
      this.clearError('observedAt');
      this.input('observedAt').focus();
    });
  }
}
