// The small table of legs beside the chart: from, to, km, hours, km/h, by (travel mode) (projections: their
// typical speed and ETA).
import { el, replaceChildren } from './dom.js';
import { placeLabel } from './sightings.js';
import { utcText } from './format.js';
import { travelModeOf } from './modes.js';

const num = (v, digits) => (v == null || !Number.isFinite(v) ? '—' : v.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits }));

/** Rows drawn at most: a long track's table is for reading its first legs, the chart shows them all. */
export const MAX_ROWS = 200;

/**
 * @param {function} [onFocusLeg] called with (featureType, index) when a row gets focus or the pointer, and with
 *                                (null) when it loses it: the map shows that leg's figures
 */
export function renderLegsTable(tbody, sightings, legsCollection, onFocusLeg = () => {}) {
  const byId = new Map(sightings.map((s) => [s.id, s]));
  const all = (legsCollection?.features ?? []).map((f) => f.properties).filter(Boolean);
  const rows = all.slice(0, MAX_ROWS).flatMap((p) => {
    const from = byId.get(p.fromSightingId);
    const to = byId.get(p.toSightingId);
    const projection = p.featureType === 'projection';
    const flagged = p.implausible || p.conflict;
    const toText = `${to ? placeLabel(to) : '?'}${projection ? ' (expected)' : ''}`;
    const hours = projection && p.etaUtc && from ? (Date.parse(p.etaUtc) - Date.parse(from.observedAtUtc)) / 3600000 : p.durationHours;
    const speed = projection ? p.typicalSpeedKmh : p.speedKmh;
    const show = () => onFocusLeg(p.featureType, p.index);
    const hide = () => onFocusLeg(null);
    const row = el('tr', {
      class: [projection ? 'projection' : null, flagged ? 'flagged' : null].filter(Boolean).join(' ') || null,
      dataset: { legIndex: p.index, featureType: p.featureType },
      tabindex: '0',
      onfocus: show, onblur: hide, onmouseenter: show, onmouseleave: hide,
      title: projection && p.etaUtc ? `projection: ETA ${utcText(Date.parse(p.etaUtc))}` : (flagged ? p.flagReason ?? 'implausible' : null),
    },
    el('td', { text: from ? placeLabel(from) : '?' }),
    el('td', { text: flagged ? `${toText} ⚠` : toText }),
    el('td', { class: 'num', text: num(p.lengthKm, 0) }),
    el('td', { class: 'num', text: num(hours, 1) }),
    el('td', { class: 'num', text: `${projection ? '~' : ''}${num(speed, 0)}` }),
    el('td', { class: `mode mode-${travelModeOf(p) ?? 'none'}`, text: travelModeOf(p) ?? '—',
      title: p.routedOn ? `routed on: ${p.routedOn}` : null }));
    if (!flagged) return [row];
    const reason = p.flagReason ?? (p.conflict ? 'conflicting reports' : 'implausible speed');
    return [row, el('tr', { class: 'flag-reason', dataset: { legIndex: p.index } },
      el('td', { colspan: 6, text: `⚠ ${p.conflict ? 'Conflict' : 'Implausible'}: ${reason}` }))];
  });
  if (all.length > MAX_ROWS) {
    rows.push(el('tr', { class: 'more' }, el('td', { colspan: 6,
      text: `… and ${(all.length - MAX_ROWS).toLocaleString('en-GB')} more legs (all of them are in the chart and the GeoJSON download)` })));
  }
  replaceChildren(tbody, rows.length ? rows : el('tr', {}, el('td', { colspan: 6, text: 'No legs yet: a track needs two sightings.' })));
}
