// The list of sources printed under the map (hidden on screen): each sighting's time, place and source.
import { el, replaceChildren } from './dom.js';
import { placeLabel } from './sightings.js';
import { utcText } from './format.js';

const MAX_ITEMS = 60; // what fits beside the map on one page

export function renderPrintSources(list, sightings) {
  const more = sightings.length - MAX_ITEMS;
  replaceChildren(list, sightings.slice(0, MAX_ITEMS).map((s) => el('li', {},
    `${utcText(Date.parse(s.observedAtUtc))} · ${placeLabel(s)} · ${s.kind === 'expected' ? 'expected · ' : ''}`,
    `${s.source ?? ''} (${s.confidence})`,
    s.sourceUrl ? ` ${s.sourceUrl}` : null)),
  more > 0 ? el('li', { class: 'more', text: `… and ${more.toLocaleString('en-GB')} more sightings (see the GeoJSON download)` }) : null);
}
