// Stand-in for /api/tracks/{id}/path and /position while the server does not have them: straight lines
// between consecutive sightings and linear interpolation along them, in exactly the server's shapes so the
// rest of the page does not know the difference. Everything drawn from here is labelled "straight line".
import { lastAtOrBefore, timeOf as time } from './time-index.js';

const EARTH_KM = 6371.0088;
const rad = (d) => (d * Math.PI) / 180;
export const STRAIGHT_REASON = 'straight line: the route service is not available';

function distanceKm(a, b) {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}


/** FeatureCollection of legs in the shape of GET /api/tracks/{id}/path. */
export function straightLegs(sightings) {
  const features = [];
  for (let i = 1; i < sightings.length; i++) {
    const a = sightings[i - 1];
    const b = sightings[i];
    const lengthKm = distanceKm(a, b);
    const durationHours = (time(b) - time(a)) / 3600000;
    const projection = b.kind === 'expected';
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [[a.lon, a.lat], [b.lon, b.lat]] },
      properties: {
        featureType: projection ? 'projection' : 'leg',
        index: i - 1,
        fromSightingId: a.id,
        toSightingId: b.id,
        mode: 'straight',
        reason: STRAIGHT_REASON,
        lengthKm,
        durationHours,
        speedKmh: durationHours > 0 ? lengthKm / durationHours : null,
        implausible: false,
        conflict: false,
        flagReason: null,
        etaUtc: projection ? b.observedAtUtc : null,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

const point = (lat, lon) => ({ type: 'Point', coordinates: [lon, lat] });

/** Feature in the shape of GET /api/tracks/{id}/position?at=t. */
export function interpolatePosition(sightings, t) {
  const props = { at: new Date(t).toISOString(), legIndex: null, fraction: null, sightingId: null };
  const i = lastAtOrBefore(sightings, t);
  if (i < 0) {
    return { type: 'Feature', geometry: null, properties: { ...props, status: 'before-first', uncertaintyKm: null,
      description: 'before the first sighting' } };
  }
  const a = sightings[i];
  const b = sightings[i + 1];
  const name = (s) => s.place ?? s.resolvedName ?? `${s.lat.toFixed(2)}, ${s.lon.toFixed(2)}`;
  if (time(a) === t || !b) {
    return { type: 'Feature', geometry: point(a.lat, a.lon), properties: { ...props, sightingId: a.id,
      status: time(a) === t ? 'at-sighting' : 'after-last', uncertaintyKm: a.locationUncertaintyKm,
      description: `${time(a) === t ? 'at' : 'last seen at'} ${name(a)}` } };
  }
  const f = (t - time(a)) / (time(b) - time(a));
  return {
    type: 'Feature',
    geometry: point(a.lat + (b.lat - a.lat) * f, a.lon + (b.lon - a.lon) * f),
    properties: {
      ...props,
      status: b.kind === 'expected' ? 'projected' : 'in-transit',
      legIndex: i,
      fraction: f,
      uncertaintyKm: a.locationUncertaintyKm + (b.locationUncertaintyKm - a.locationUncertaintyKm) * f,
      description: `${Math.round(f * 100)} % of the straight line from ${name(a)} to ${name(b)}`,
    },
  };
}
