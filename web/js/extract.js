// "Paste a report": sends a pasted news text to POST /api/extract and lists the draft sightings read from it, each
// with its evidence highlighted (as text, never HTML). A draft can be accepted into the sighting form (to check,
// edit and save there) or rejected. Nothing is stored here: only the form saves.
import { api, ApiError } from './api.js';
import { el, replaceChildren } from './dom.js';
import { placeTimeText, minutesText } from './format.js';
import { placeLabel } from './sightings.js';

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

/** A draft's time as its window: local time at the place ± half the window, and UTC, the same way as the list. */
function draftTime(d) {
  const ms = Date.parse(d.observedAt);
  const zone = { timezone: d.timezone, observedAt: d.observedAt };
  const window = d.timeUncertaintyMinutes ? ` ± ${minutesText(d.timeUncertaintyMinutes)}` : '';
  return Number.isFinite(ms) ? `${placeTimeText(ms, zone)}${window}` : `${d.observedAt}${window}`;
}

/** The sighting a draft repeats: the same gazetteer place (or within 2 km) at an overlapping time window. */
export function repeatedSighting(d, sightings) {
  const at = Date.parse(d.observedAt);
  const u = (d.timeUncertaintyMinutes ?? 0) * 60000;
  return sightings.find((s) => {
    const st = Date.parse(s.observedAtUtc);
    const su = (s.timeUncertaintyMinutes ?? 0) * 60000;
    const overlap = at - u <= st + su && st - su <= at + u;
    const samePlace = (d.geonameId && s.resolvedGeonameId === d.geonameId)
      || (Math.abs(s.lat - d.lat) < 0.02 && Math.abs(s.lon - d.lon) < 0.03);
    return overlap && samePlace && (s.kind ?? 'sighting') === (d.kind ?? 'sighting');
  }) ?? null;
}

export class ReportExtractor {
  /**
   * @param {HTMLElement} section the "Paste a report" card
   * @param {object} options { trackId(), sightings(), showSighting(id), accept(draft) -> false when declined }
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

  /** "Repeats sighting #3 (Khasan, …)" with a link, when the track already has this place at this time. */
  repeats(d) {
    const same = repeatedSighting(d, this.options.sightings?.() ?? []);
    if (!same) return null;
    return el('p', { class: 'draft-repeats', dataset: { sightingId: same.id } },
      `Repeats sighting #${same.id} (${placeLabel(same)}, ${placeTimeText(Date.parse(same.observedAtUtc), same)}) already on the track. `,
      el('button', { type: 'button', class: 'link-button', text: `Show sighting #${same.id}`, onclick: () => this.options.showSighting?.(same.id) }));
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
      el('p', { class: 'draft-time', text: draftTime(d) }),
      this.repeats(d),
      el('p', { class: 'draft-source', text: d.source }),
      d.evidence.map(highlighted),
      d.notes ? el('p', { class: 'hint draft-notes', text: d.notes }) : null,
      el('div', { class: 'controls' },
        el('button', { type: 'button', class: 'primary', text: 'Accept into the form',
          onclick: () => {
            if (this.options.accept(d) === false) return; // an open edit was kept
            decide('accepted', 'Accepted into the form: check it, then add it.');
          } }),
        el('button', { type: 'button', text: 'Reject', onclick: () => decide('rejected', 'Rejected.') })),
      el('p', { class: 'draft-state', role: 'status' }),
    );
    return li;
  }
}
