// Formatting of instants, durations and distances. Times are shown in UTC and in the place's own time:
// its IANA zone when the server knows it, otherwise the offset the user typed with observedAt.

const pad = (n) => String(n).padStart(2, '0');

function wall(date) {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} `
    + `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/** "2023-09-12 06:00 UTC" */
export function utcText(ms) {
  return `${wall(new Date(ms))} UTC`;
}

/** "2023-09-11T21:00:00Z": the form used in URLs and API queries. */
export function isoUtc(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const zoneFormats = new Map();
function zoneFormat(timeZone) {
  if (!zoneFormats.has(timeZone)) {
    let fmt = null;
    try {
      fmt = new Intl.DateTimeFormat('en-GB', {
        timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
        hourCycle: 'h23', timeZoneName: 'shortOffset',
      });
    } catch {
      fmt = null; // unknown zone: callers fall back to the typed offset
    }
    zoneFormats.set(timeZone, fmt);
  }
  return zoneFormats.get(timeZone);
}

/** "2023-09-12 06:00 GMT+10 (Asia/Vladivostok)", or null when the zone is unknown to this browser. */
export function zoneText(ms, timeZone) {
  const fmt = timeZone ? zoneFormat(timeZone) : null;
  if (!fmt) return null;
  const p = Object.fromEntries(fmt.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} ${p.timeZoneName} (${timeZone})`;
}

/** The UTC offset at the end of an ISO-8601 string, in minutes; null when it has none. */
export function offsetMinutes(iso) {
  const m = /(Z|([+-])(\d{2}):?(\d{2}))$/.exec(iso ?? '');
  if (!m) return null;
  if (m[1] === 'Z') return 0;
  const minutes = Number(m[3]) * 60 + Number(m[4]);
  return m[2] === '-' ? -minutes : minutes;
}

/** "2023-09-12 06:00 UTC+10:00" */
export function offsetText(ms, minutes) {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${wall(new Date(ms + minutes * 60000))} UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Local time of an instant at a sighting's place: the sighting's time zone, else the offset typed with its
 * observedAt. Null when neither is known.
 */
export function localText(ms, sighting) {
  if (!sighting) return null;
  const zoned = zoneText(ms, sighting.timezone);
  if (zoned) return zoned;
  const offset = offsetMinutes(sighting.observedAt);
  return offset == null ? null : offsetText(ms, offset);
}

/** "± 3 h", "± 45 min", "± 1 d 2 h" */
export function minutesText(minutes) {
  if (minutes == null) return null;
  if (minutes < 60) return `${Math.round(minutes)} min`;
  const d = Math.floor(minutes / 1440);
  const h = Math.round((minutes % 1440) / 60);
  return d > 0 ? `${d} d${h ? ` ${h} h` : ''}` : `${h} h`;
}

export function hoursText(hours) {
  return hours == null ? null : minutesText(hours * 60);
}

export function kmText(km) {
  if (km == null || Number.isNaN(km)) return null;
  return km < 10 ? `${km.toFixed(1)} km` : `${Math.round(km).toLocaleString('en-GB')} km`;
}

export function speedText(kmh) {
  return kmh == null || !Number.isFinite(kmh) ? null : `${Math.round(kmh)} km/h`;
}

export function coordText(lat, lon) {
  return `${lat.toFixed(4)}, ${lon.toFixed(4)}`;
}

/**
 * One way for every list, draft and history: local time at the place, then UTC —
 * "2023-09-12 06:00 GMT+10 (Asia/Vladivostok) · 2023-09-11 20:00 UTC". `sighting` gives the zone (or typed offset).
 */
export function placeTimeText(ms, sighting) {
  const local = localText(ms, sighting);
  return local ? `${local} · ${utcText(ms)}` : utcText(ms);
}

/** "± 3 h", or "± not given" when the report gave no uncertainty (never 0, which reads as exact). */
export function uncertaintyText(value, unitText) {
  return value == null ? 'not given' : `± ${unitText(value)}`;
}
