// The sightings list (time order) with show / edit / delete (inline confirmation) / history per sighting.
import { api } from './api.js';
import { el, replaceChildren } from './dom.js';
import { utcText, placeTimeText } from './format.js';
import { placeLabel, sightingDetails, CONFIDENCE_STYLE } from './sightings.js';

const PAGE = 200;

/** Renders PAGE entries at a time (more as the end of the list scrolls into view), so long tracks stay fast. */
export class SightingList {
  /**
   * @param {HTMLElement} container  the <ol>
   * @param {object} actions { trackId(), show(s), edit(s), canWrite(), deleted(s), error(message) }
   * @param {HTMLDialogElement} dialog  the history dialog
   */
  constructor(container, actions, dialog) {
    this.container = container;
    this.actions = actions;
    this.dialog = dialog;
    dialog.querySelector('[data-role=close]').addEventListener('click', () => dialog.close());
    this.sightings = [];
    this.limit = PAGE;
    this.items = new Map();
    this.moreButton = el('button', { type: 'button', onclick: () => this.showMore() });
    this.more = el('li', { class: 'more' }, this.moreButton);
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) this.showMore();
    });
    this.observer.observe(this.more);
  }

  showMore() {
    if (this.limit >= this.sightings.length) return;
    this.limit += PAGE;
    this.render();
  }

  /**
   * Keyed update: entries whose sighting did not change are kept as they are (with any focus or open delete
   * confirmation), so a live refresh does not disturb someone working in the list.
   */
  update(sightings) {
    if (sightings[0]?.trackId !== this.sightings[0]?.trackId) this.limit = PAGE; // another track
    this.sightings = sightings;
    this.render();
    if (this.focusIndex != null) {
      // after a delete, focus goes to the row that took the deleted one's place (or the last row)
      const rows = [...this.container.querySelectorAll('li[data-sighting-id]')];
      const row = rows[Math.min(this.focusIndex, rows.length - 1)];
      this.focusIndex = null;
      (row?.querySelector('button') ?? this.undoBar?.querySelector('button'))?.focus();
    }
  }

  /** "Sighting #3 (Khasan) deleted. Undo": Undo brings the same sighting back, as a new revision. */
  offerUndo(s) {
    if (!this.undoBar) {
      this.undoBar = el('div', { class: 'toast undo-bar', role: 'status', id: 'undo-bar' });
      this.container.before(this.undoBar);
    }
    const undo = el('button', {
      type: 'button', text: 'Undo',
      onclick: async () => {
        undo.disabled = true;
        try {
          await api.restoreSighting(this.actions.trackId(), s.id);
          replaceChildren(this.undoBar, el('span', { text: `Sighting #${s.id} (${placeLabel(s)}) is back.` }));
          this.actions.deleted(s);
        } catch (e) {
          undo.disabled = false;
          this.actions.error(`Could not undo: ${e.message}`);
        }
      },
    });
    replaceChildren(this.undoBar, el('span', { text: `Sighting #${s.id} (${placeLabel(s)}) deleted.` }), undo);
    this.undoBar.hidden = false;
  }

  render() {
    const previous = this.items;
    this.items = new Map();
    const nodes = this.sightings.slice(0, this.limit).map((s) => {
      const old = previous.get(s.id);
      // a row is redrawn when its sighting changed or its place is named in another script ("Names in", #25)
      const node = old && old.revision === s.revision && old.placeName === s.placeName ? old.node : this.item(s);
      this.items.set(s.id, { revision: s.revision, placeName: s.placeName, node });
      return node;
    });
    const remaining = this.sightings.length - nodes.length;
    if (remaining > 0) {
      this.moreButton.textContent = `Show ${Math.min(PAGE, remaining)} more (${remaining} not shown)`;
      nodes.push(this.more);
    }
    const current = [...this.container.children];
    if (current.length !== nodes.length || current.some((n, i) => n !== nodes[i])) {
      replaceChildren(this.container, nodes);
    }
  }

  item(s) {
    const when = placeTimeText(Date.parse(s.observedAtUtc), s);
    const label = `${placeLabel(s)}, ${utcText(Date.parse(s.observedAtUtc))}`;
    const writer = this.actions.canWrite?.() !== false; // edit and delete only for those allowed to
    const buttons = el('div', { class: 'item-actions' },
      el('button', { type: 'button', text: 'Show', 'aria-label': `Show ${label} on the map`, onclick: () => this.actions.show(s) }),
      writer ? el('button', { type: 'button', text: 'Edit', 'aria-label': `Edit ${label}`, onclick: () => this.actions.edit(s) }) : null,
      el('button', { type: 'button', text: 'History', 'aria-label': `History of ${label}`, onclick: () => this.history(s) }),
      writer ? el('button', { type: 'button', class: 'danger', text: 'Delete', 'aria-label': `Delete ${label}`,
        onclick: () => this.confirmDelete(s, buttons) }) : null);
    return el('li', { class: 'sighting-item', dataset: { sightingId: s.id } },
      el('div', { class: 'item-head' },
        el('span', { class: `badge badge-${CONFIDENCE_STYLE[s.confidence] ? s.confidence : 'unverified'}`, text: s.confidence }),
        s.kind === 'expected' ? el('span', { class: 'badge badge-expected', text: 'expected' }) : null,
        el('strong', { text: placeLabel(s) })),
      el('div', { class: 'item-time', text: when }),
      el('div', { class: 'item-source', text: s.source }),
      s.notes ? el('div', { class: 'item-notes', text: s.notes }) : null,
      buttons);
  }

  confirmDelete(s, buttons) {
    const saved = [...buttons.childNodes];
    const no = el('button', { type: 'button', text: 'Keep', onclick: () => replaceChildren(buttons, saved) });
    const yes = el('button', {
      type: 'button', class: 'danger', text: 'Yes, delete',
      onclick: async () => {
        yes.disabled = true;
        try {
          await api.deleteSighting(this.actions.trackId(), s.id, s.revision);
          this.focusIndex = this.sightings.findIndex((x) => x.id === s.id);
          this.offerUndo(s);
          this.actions.deleted(s);
        } catch (e) {
          replaceChildren(buttons, saved);
          this.actions.error(`Could not delete: ${e.message}`);
        }
      },
    });
    replaceChildren(buttons, el('span', { role: 'alert', text: 'Delete this sighting? Its history is kept.' }), yes, no);
    no.focus();
  }

  async history(s) {
    const body = this.dialog.querySelector('[data-role=body]');
    this.dialog.querySelector('[data-role=title]').textContent = `History of sighting #${s.id}: ${placeLabel(s)}`;
    replaceChildren(body, el('p', { text: 'Loading…' }));
    if (!this.dialog.open) this.dialog.showModal();
    try {
      const revisions = await api.history(this.actions.trackId(), s.id);
      replaceChildren(body, el('ol', { class: 'history' }, revisions.map((r) => el('li', { dataset: { revision: r.revision } },
        el('h3', { text: `Revision ${r.revision}: ${r.action}${r.author ? ` by ${r.author}` : ''},`
          + ` recorded ${utcText(Date.parse(r.recordedAt))}` }),
        sightingDetails(r.sighting)))));
    } catch (e) {
      replaceChildren(body, el('p', { role: 'alert', text: `Could not load the history: ${e.message}` }));
    }
  }
}
