// The list of sources printed under the map (hidden on screen): each sighting's time, place and source.
import { el, replaceChildren } from './dom.js';
import { placeLabel } from './sightings.js';
import { utcText } from './format.js';

export function renderPrintSources(list, sightings) {
  replaceChildren(list, sightings.map((s) => el('li', {},
    `${utcText(Date.parse(s.observedAtUtc))} · ${placeLabel(s)} · ${s.kind === 'expected' ? 'expected · ' : ''}`,
    `${s.source ?? ''} (${s.confidence})`,
    s.sourceUrl ? ` ${s.sourceUrl}` : null)));
}
