// The import dialog: choose a file, preview what a dry run accepts and rejects (with reasons), then confirm.
import { el, replaceChildren } from './dom.js';
import { api } from './api.js';

export class ImportDialog {
  /**
   * @param dialog  the <dialog> element
   * @param opener  the button that opens it
   * @param options { trackId: () => id, imported: (result) => void }
   */
  constructor(dialog, opener, { trackId, imported }) {
    this.dialog = dialog;
    this.trackId = trackId;
    this.imported = imported;
    this.form = dialog.querySelector('form');
    this.file = dialog.querySelector('[data-role=file]');
    this.summary = dialog.querySelector('[data-role=summary]');
    this.rejected = dialog.querySelector('[data-role=rejected]');
    this.preview = dialog.querySelector('[data-role=preview]');
    this.confirm = dialog.querySelector('[data-role=confirm]');
    this.status = dialog.querySelector('[data-role=status]');
    this.checked = null; // the FormData the last dry run judged

    opener.addEventListener('click', () => this.open());
    dialog.querySelector('[data-role=close]').addEventListener('click', () => dialog.close());
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.dryRun();
    });
    // any change to the file or the options needs a new preview before confirming
    this.form.addEventListener('change', () => this.forget());
    this.confirm.addEventListener('click', () => this.store());
  }

  open() {
    this.form.reset();
    this.forget();
    this.dialog.showModal();
  }

  forget() {
    this.checked = null;
    this.confirm.disabled = true;
    this.summary.textContent = '';
    this.status.textContent = '';
    replaceChildren(this.rejected);
    replaceChildren(this.preview);
  }

  formData() {
    const data = new FormData();
    data.append('file', this.file.files[0]);
    for (const name of ['source', 'confidence', 'columns']) {
      const value = this.form.elements[name].value.trim();
      if (value) data.append(name, value);
    }
    return data;
  }

  async dryRun() {
    this.forget();
    if (!this.file.files.length) {
      this.status.textContent = 'Choose a file first.';
      return;
    }
    const data = this.formData();
    this.status.textContent = 'Checking the file…';
    try {
      const result = await api.importFile(this.trackId(), data, true);
      this.checked = data;
      this.show(result);
      this.confirm.disabled = result.accepted === 0;
      this.status.textContent = result.accepted === 0 ? 'Nothing to import.' : 'Check the rows, then confirm.';
    } catch (e) {
      this.status.textContent = e.message;
    }
  }

  async store() {
    if (!this.checked) return;
    this.confirm.disabled = true;
    this.status.textContent = 'Importing…';
    try {
      const result = await api.importFile(this.trackId(), this.checked, false);
      this.checked = null;
      this.show(result);
      this.status.textContent = `Imported ${count(result.accepted, 'sighting')}.`;
      this.imported(result);
    } catch (e) {
      this.status.textContent = e.message;
    }
  }

  show(result) {
    this.summary.textContent = `${result.format.toUpperCase()}: ${count(result.rows, 'row')}; `
      + `${result.accepted} accepted, ${result.duplicates} duplicate${result.duplicates === 1 ? '' : 's'}, `
      + `${result.rejected.length} rejected${result.skipped ? `, ${result.skipped} skipped (not sightings)` : ''}.`;
    replaceChildren(this.rejected, result.rejected.length === 0 ? [] : [
      el('caption', { text: 'Rejected rows' }),
      el('thead', {}, el('tr', {}, ['Row', 'Field', 'Reason'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, result.rejected.map((r) => el('tr', { dataset: { row: r.row } },
        el('td', { text: String(r.row) }), el('td', { text: r.field ?? '' }), el('td', { text: r.message })))),
    ]);
    replaceChildren(this.preview, result.preview.length === 0 ? [] : [
      el('caption', { text: result.dryRun ? 'Rows to import' : 'Imported rows' }),
      el('thead', {}, el('tr', {}, ['Row', 'Observed at', 'Place', 'Source'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, result.preview.map((p) => el('tr', { dataset: { row: p.row } },
        el('td', { text: String(p.row) }), el('td', { text: p.observedAt }),
        el('td', { text: p.place ?? `${p.lat.toFixed(4)}, ${p.lon.toFixed(4)}` }), el('td', { text: p.source })))),
    ]);
  }
}

function count(n, noun) {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
