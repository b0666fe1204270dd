// Errors and warnings worded as a person would say them, quoting exactly what was typed (issue #25). The server's
// own sentence is kept where it already speaks to a person (unknown or ambiguous places, "Did you mean").

const LABELS = {
  observedAt: 'the time', timeUncertaintyMinutes: 'the time uncertainty', place: 'the place', lat: 'the latitude',
  lon: 'the longitude', locationUncertaintyKm: 'the location uncertainty', source: 'the source',
  sourceUrl: 'the source URL', confidence: 'the confidence', kind: 'the kind', notes: 'the notes',
};

const MISSING = {
  observedAt: 'Give the time it was seen.',
  source: 'Say who reported it: give the source.',
  place: 'Give a place name, or click the map to set coordinates.',
  lat: 'Give the latitude too, or clear the longitude.',
  lon: 'Give the longitude too, or clear the latitude.',
};

const UNREADABLE = {
  observedAt: (q) => `${q} is not a time that can be read. Write it as 2023-09-12 14:00 (local time at the place) or with its offset, 2023-09-12T14:00+10:00.`,
  timeUncertaintyMinutes: (q) => `${q} is not a number of minutes: give a whole number from 0 to 10080, or leave it empty if the report does not say.`,
  lat: (q) => `${q} is not a latitude: give degrees from -90 to 90, e.g. 42.4239.`,
  lon: (q) => `${q} is not a longitude: give degrees from -180 to 180, e.g. 130.6516.`,
  locationUncertaintyKm: (q) => `${q} is not a distance: give kilometres from 0 to 1000, or leave it empty if the report does not say.`,
  sourceUrl: (q) => `${q} is not a web address: it must start with http:// or https://.`,
};

/** “typed”, exactly as typed (quotes added, nothing trimmed or changed). */
export const quote = (typed) => `“${typed}”`;

/** The sentence for one error {field, code, message} of the server, given what the person typed in that field. */
export function personWords(error, typed) {
  const q = quote(typed ?? '');
  switch (error.code) {
    case 'missing_field':
      return MISSING[error.field] ?? `Give ${LABELS[error.field] ?? error.field}.`;
    case 'missing_offset':
      return `${q} has no time zone, and the place's time zone is not known: add the offset, e.g. ${typed}+10:00, or give a place name.`;
    case 'future_time':
      return `${q} is later than now: a sighting must already have happened. For an announced arrival choose the kind “expected destination”.`;
    case 'unknown_place':
    case 'ambiguous_place':
      return error.message;
    default: {
      const words = UNREADABLE[error.field];
      if (words && typed) return words(q);
      if (typed && /characters long/.test(error.message ?? '')) return `${LABELS[error.field] ?? error.field} is too long: ${error.message}`;
      return error.message;
    }
  }
}
