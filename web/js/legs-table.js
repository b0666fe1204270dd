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
 * @param {object} [set] several tracks on the map (issue 21): { selected: { id, name, color }, others: [{ id, name,
 *                       color, sightings, legs }] }: each track's legs under a heading row in its colour, the selected
 *                       track first; every row names its track (data-track-id, a bar in its colour)
 */
export function renderLegsTable(tbody, sightings, legsCollection, onFocusLeg = () => {}, set = null) {
  if (!set) {
    const rows = legRows(sightings, legsCollection, onFocusLeg, null);
    replaceChildren(tbody, rows.length ? rows : el('tr', {}, el('td', { colspan: 6, text: 'No legs yet: a track needs two sightings.' })));
    return;
  }
  const groups = [{ ...set.selected, sightings, legs: legsCollection, focus: onFocusLeg }, ...set.others];
  replaceChildren(tbody, groups.flatMap((g) => {
    const rows = legRows(g.sightings ?? [], g.legs, g.focus ?? (() => {}), g);
    const head = el('tr', { class: 'track-heading', dataset: { trackId: g.id } },
      bar(el('th', { colspan: 6, scope: 'rowgroup', dataset: { color: g.color }, text: `${g.name}${g.focus ? ' (selected)' : ''}` }), g));
    return [head, ...(rows.length ? rows : [el('tr', { dataset: { trackId: g.id } }, el('td', { colspan: 6, text: 'No legs yet.' }))])];
  }));
}

/** The track's colour as a bar on the cell's left (set through the CSSOM: the CSP allows no style attributes). */
function bar(cell, track) {
  if (track) cell.style.borderLeft = `6px solid ${track.color}`;
  return cell;
}

/** A track's rows: a leg per row (and a reason row under a flagged one), at most MAX_ROWS. */
function legRows(sightings, legsCollection, onFocusLeg, track) {
  const byId = new Map(sightings.map((s) => [s.id, s]));
  const all = (legsCollection?.features ?? []).map((f) => f.properties).filter(Boolean);
  const ids = track ? { trackId: track.id } : {};
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
      dataset: { legIndex: p.index, featureType: p.featureType, ...ids },
      tabindex: '0',
      onfocus: show, onblur: hide, onmouseenter: show, onmouseleave: hide,
      title: projection && p.etaUtc ? `projection: ETA ${utcText(Date.parse(p.etaUtc))}` : (flagged ? p.flagReason ?? 'implausible' : null),
    },
    bar(el('td', { text: from ? placeLabel(from) : '?' }), track),
    el('td', { text: flagged ? `${toText} ⚠` : toText }),
    el('td', { class: 'num', text: num(p.lengthKm, 0) }),
    el('td', { class: 'num', text: num(hours, 1) }),
    el('td', { class: 'num', text: `${projection ? '~' : ''}${num(speed, 0)}` }),
    el('td', { class: `mode mode-${travelModeOf(p) ?? 'none'}`, text: travelModeOf(p) ?? '—',
      title: p.routedOn ? `routed on: ${p.routedOn}` : null }));
    if (!flagged) return [row];
    const reason = p.flagReason ?? (p.conflict ? 'conflicting reports' : 'implausible speed');
    return [row, el('tr', { class: 'flag-reason', dataset: { legIndex: p.index, ...ids } },
      bar(el('td', { colspan: 6, text: `⚠ ${p.conflict ? 'Conflict' : 'Implausible'}: ${reason}` }), track))];
  });
  if (all.length > MAX_ROWS) {
    rows.push(el('tr', { class: 'more', dataset: ids }, el('td', { colspan: 6,
      text: `… and ${(all.length - MAX_ROWS).toLocaleString('en-GB')} more legs (all of them are in the chart and the GeoJSON download)` })));
  }
  return rows;
}

/** The time bar's warning line: how many legs are flagged, and the first reason (the legs table has them all). */
export function renderFlagStatus(box, legs) {
  const flagged = (legs?.features ?? []).map((f) => f.properties ?? {}).filter((p) => p.implausible || p.conflict);
  box.hidden = flagged.length === 0;
  box.textContent = flagged.length
    ? `⚠ ${flagged.length === 1 ? 'One leg is' : `${flagged.length} legs are`} flagged (see Legs): ${flagged[0].flagReason ?? 'implausible or conflicting'}`
    : '';
  box.title = box.textContent;
}
