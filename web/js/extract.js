// "Paste a report": sends a pasted news text to POST /api/extract and lists the draft sightings read from it, each
// with its evidence highlighted (as text, never HTML). A draft can be accepted into the sighting form (to check,
// edit and save there) or rejected. Nothing is stored here: only the form saves.
import { api, ApiError } from './api.js';
import { el, replaceChildren } from './dom.js';

const ROLE_LABEL = { place: 'place', time: 'time', source: 'source' };

/** The sentence with its spans wrapped in <mark>s; `spans` are indices into the whole text. */
function highlighted(evidence) {
  const parts = [];
  let at = evidence.start;
  const spans = [...evidence.spans].sort((a, b) => a.start - b.start);
  for (const span of spans) {
    if (span.start < at) continue; // overlapping spans: the first wins
    if (span.start > at) parts.push(evidence.sentence.slice(at - evidence.start, span.start - evidence.start));
    parts.push(el('mark', {
      class: `ev ev-${span.role}`,
      title: ROLE_LABEL[span.role] ?? span.role,
      dataset: { role: span.role },
      text: evidence.sentence.slice(span.start - evidence.start, span.end - evidence.start),
    }));
    at = span.end;
  }
  if (at < evidence.end) parts.push(evidence.sentence.slice(at - evidence.start));
  return el('blockquote', { class: 'evidence' }, parts);
}

export class ReportExtractor {
  /**
   * @param {HTMLElement} section the "Paste a report" card
   * @param {object} options { trackId(), accept(draft) }
   */
  constructor(section, options) {
    this.options = options;
    this.text = section.querySelector('[data-role=text]');
    this.published = section.querySelector('[data-role=published]');
    this.read = section.querySelector('[data-role=read]');
    this.error = section.querySelector('[data-role=extract-error]');
    this.status = section.querySelector('[data-role=extract-status]');
    this.list = section.querySelector('[data-role=drafts]');
    section.querySelector('form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.extract();
    });
  }

  async extract() {
    this.error.hidden = true;
    this.error.textContent = '';
    const fields = { text: this.text.value, publishedAt: this.published.value.trim() };
    const trackId = this.options.trackId();
    if (trackId != null) fields.trackId = String(trackId);
    this.read.disabled = true;
    this.status.textContent = 'Reading…';
    try {
      const { drafts } = await api.extract(fields);
      this.show(drafts);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      this.status.textContent = '';
      this.error.textContent = e.message;
      this.error.hidden = false;
      (e.field === 'publishedAt' ? this.published : this.text).focus();
    } finally {
      this.read.disabled = false;
    }
  }

  show(drafts) {
    this.status.textContent = drafts.length
      ? `${drafts.length} draft${drafts.length === 1 ? '' : 's'} read. Nothing is stored until you save one through the form.`
      : 'No places with a time and a source were found in this text.';
    replaceChildren(this.list, drafts.map((d, i) => this.item(d, i)));
  }

  item(d, i) {
    let li = null;
    const decide = (state, text) => {
      li.dataset.state = state;
      li.querySelectorAll('button').forEach((b) => { b.disabled = true; });
      li.querySelector('.draft-state').textContent = text;
    };
    li = el('li', { class: 'draft', dataset: { draftIndex: i, state: 'pending' } },
      el('h3', {},
        el('span', { class: 'draft-place', text: d.place }), ' ',
        el('span', { class: `badge badge-${d.kind === 'expected' ? 'expected' : d.confidence}`,
          text: d.kind === 'expected' ? `expected · ${d.confidence}` : d.confidence })),
      el('p', { class: 'draft-time', text: `${d.observedAt} ± ${d.timeUncertaintyMinutes} min` }),
      el('p', { class: 'draft-source', text: d.source }),
      d.evidence.map(highlighted),
      d.notes ? el('p', { class: 'hint draft-notes', text: d.notes }) : null,
      el('div', { class: 'controls' },
        el('button', { type: 'button', class: 'primary', text: 'Accept into the form',
          onclick: () => {
            this.options.accept(d);
            decide('accepted', 'Accepted into the form: check it, then add it.');
          } }),
        el('button', { type: 'button', text: 'Reject', onclick: () => decide('rejected', 'Rejected.') })),
      el('p', { class: 'draft-state', role: 'status' }),
    );
    return li;
  }
}
