#!/usr/bin/env node
// Builds the land polygons the sea-routing tests check routes against (src/test/resources/land/*.geojson), from
// Natural Earth land as TopoJSON in the npm package world-atlas@2.0.2 (ISC; Natural Earth data public domain).
// Test data only: not packed into the jar. Re-runnable; needs Node 18+ and the npm registry:
//
//   node geodata/tools/build-test-land.mjs
//
// Installs world-atlas@2.0.2 and topojson-client@3.1.0 into a temporary directory, converts TopoJSON -> GeoJSON,
// clips to a box per output (Sutherland-Hodgman per ring; no simplification), rounds coordinates and writes
// the files. Deterministic.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', '..', 'src', 'test', 'resources', 'land');
const OUTPUTS = [
  { out: 'land-50m.geojson', src: 'land-50m.json', box: [-180, -90, 180, 90], decimals: 3 },
  { out: 'land-10m-korea-primorye.geojson', src: 'land-10m.json', box: [124, 33, 136, 45], decimals: 4 },
];

const dir = process.env.LAND_NODE_MODULES ?? mkdtempSync(join(tmpdir(), 'whereabouts-test-land-'));
if (!process.env.LAND_NODE_MODULES) {
  execFileSync('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--ignore-scripts',
    'world-atlas@2.0.2', 'topojson-client@3.1.0'], { stdio: 'inherit' });
}
const require = createRequire(join(dir, 'node_modules', 'x.js'));
const topojson = require('topojson-client');

function clipRing(ring, [w, s, e, n]) {
  const edges = [
    (p) => p[0] >= w, (p) => p[0] <= e, (p) => p[1] >= s, (p) => p[1] <= n,
  ];
  const cut = [
    (a, b) => [w, a[1] + (b[1] - a[1]) * (w - a[0]) / (b[0] - a[0])],
    (a, b) => [e, a[1] + (b[1] - a[1]) * (e - a[0]) / (b[0] - a[0])],
    (a, b) => [a[0] + (b[0] - a[0]) * (s - a[1]) / (b[1] - a[1]), s],
    (a, b) => [a[0] + (b[0] - a[0]) * (n - a[1]) / (b[1] - a[1]), n],
  ];
  let out = ring.slice(0, -1);
  for (let k = 0; k < 4 && out.length; k++) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const a = input[(i + input.length - 1) % input.length];
      const b = input[i];
      if (edges[k](b)) {
        if (!edges[k](a)) out.push(cut[k](a, b));
        out.push(b);
      } else if (edges[k](a)) {
        out.push(cut[k](a, b));
      }
    }
  }
  return out.length >= 3 ? [...out, out[0]] : null;
}

for (const { out, src, box, decimals } of OUTPUTS) {
  const topo = JSON.parse(readFileSync(join(dir, 'node_modules', 'world-atlas', src), 'utf8'));
  const land = topojson.feature(topo, topo.objects.land);
  const f = 10 ** decimals;
  const polygons = [];
  for (const feature of land.features ?? [land]) {
    const g = feature.geometry;
    const list = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const poly of list) {
      const rings = poly.map((r) => clipRing(r, box)).filter(Boolean)
        .map((r) => r.map(([x, y]) => [Math.round(x * f) / f, Math.round(y * f) / f]));
      if (rings.length && poly[0] && clipRing(poly[0], box)) polygons.push(rings);
    }
  }
  const text = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature',
    properties: { source: `Natural Earth land via world-atlas@2.0.2 ${src}`, box },
    geometry: { type: 'MultiPolygon', coordinates: polygons } }] });
  writeFileSync(join(outDir, out), text + '\n');
  console.log(`${out}: ${polygons.length} polygons, ${text.length} bytes`);
}
if (!process.env.LAND_NODE_MODULES) rmSync(dir, { recursive: true, force: true });
