// Tracks from the page (issue #25): "New track" (name, mode, description), rename, and delete with a
// confirmation whose default is "Keep". One dialog serves new and rename; errors show beside their field.
import { api, ApiError } from './api.js';
import { replaceChildren, el } from './dom.js';
import { personWords } from './error-words.js';

export class TrackMenu {
  /**
   * @param {HTMLDetailsElement} menu    the header's "Track" menu
   * @param {HTMLDialogElement} dialog   the track dialog (new / rename)
   * @param {HTMLDialogElement} confirm  the delete confirmation
   * @param {object} options { current() -> track|null, created(track), changed(track), deleted(trackId) }
   */
  constructor(menu, dialog, confirm, options) {
    this.menu = menu;
    this.dialog = dialog;
    this.confirm = confirm;
    this.options = options;
    this.form = dialog.querySelector('form');
    this.error = dialog.querySelector('[data-role=error]');
    menu.querySelector('[data-role=new]').addEventListener('click', () => this.open(null));
    menu.querySelector('[data-role=rename]').addEventListener('click', () => this.open(options.current()));
    menu.querySelector('[data-role=delete]').addEventListener('click', () => this.askDelete(options.current()));
    dialog.querySelector('[data-role=close]').addEventListener('click', () => dialog.close());
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.save();
    });
    confirm.querySelector('[data-role=keep]').addEventListener('click', () => confirm.close());
    confirm.querySelector('[data-role=delete]').addEventListener('click', () => this.delete());
  }

  field(name) {
    return this.form.elements.namedItem(name);
  }

  open(track) {
    this.menu.open = false;
    this.editing = track;
    this.form.reset();
    this.clearErrors();
    this.dialog.querySelector('[data-role=title]').textContent = track ? `Rename “${track.name}”` : 'New track';
    this.dialog.querySelector('button[type=submit]').textContent = track ? 'Save' : 'Create track';
    if (track) {
      this.field('name').value = track.name;
      this.field('mode').value = track.mode ?? 'rail';
      this.field('description').value = track.description ?? '';
    }
    this.dialog.showModal();
    this.field('name').focus();
  }

  clearErrors() {
    for (const box of this.form.querySelectorAll('[data-error-for]')) {
      box.hidden = true;
      box.textContent = '';
    }
    this.form.querySelectorAll('[aria-invalid]').forEach((i) => i.removeAttribute('aria-invalid'));
    this.error.hidden = true;
  }

  async save() {
    this.clearErrors();
    const fields = {};
    for (const name of ['name', 'mode', 'description']) {
      const v = this.field(name).value.trim();
      if (v) fields[name] = v;
    }
    try {
      const track = this.editing
        ? await api.updateTrack(this.editing.id, fields)
        : await api.createTrack(fields);
      this.dialog.close();
      if (this.editing) this.options.changed(track);
      else this.options.created(track);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const list = e.errors.length ? e.errors : [{ field: e.field, code: e.code, message: e.message }];
      let first = null;
      for (const problem of list) {
        const box = this.form.querySelector(`[data-error-for="${problem.field}"]`);
        const input = this.field(problem.field ?? '');
        if (!box || !input) {
          this.error.textContent = problem.message;
          this.error.hidden = false;
          continue;
        }
        box.textContent = problem.code === 'missing_field' && problem.field === 'name'
          ? 'Give the track a name.' : personWords(problem, input.value);
        box.hidden = false;
        input.setAttribute('aria-invalid', 'true');
        first = first ?? input;
      }
      first?.focus();
    }
  }

  askDelete(track) {
    this.menu.open = false;
    if (!track) return;
    this.deleting = track;
    replaceChildren(this.confirm.querySelector('[data-role=text]'),
      el('span', { text: `Delete the track “${track.name}”? It leaves the list; its sightings and history are kept on the server.` }));
    this.confirm.showModal();
    this.confirm.querySelector('[data-role=keep]').focus(); // "Keep" is the default
  }

  async delete() {
    const track = this.deleting;
    try {
      await api.deleteTrack(track.id);
      this.confirm.close();
      this.options.deleted(track.id);
    } catch (e) {
      this.confirm.querySelector('[data-role=text]').textContent = `Could not delete: ${e.message}`;
    }
  }
}
