#!/usr/bin/env node
// Builds the offline basemap (geodata/basemap/*.geojson) from Natural Earth via the npm package world-atlas.
// Re-runnable; needs Node 18+ and the npm registry (nothing else):
//
//   node geodata/tools/build-basemap.mjs
//
// The script installs world-atlas@2.0.2 and topojson-client@3.1.0 into a temporary directory (npm install
// --prefix), converts TopoJSON -> GeoJSON, clips to two boxes (Sutherland-Hodgman per ring), rounds
// coordinates and writes the files next to this script's ../basemap/ folder. Output is deterministic.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WORLD_ATLAS = 'world-atlas@2.0.2';
const TOPOJSON_CLIENT = 'topojson-client@3.1.0';
const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'basemap');

/** What to build: source file, clip box [west, south, east, north] in degrees, decimals kept. */
const OUTPUTS = [
  { out: 'countries-50m-east-asia.geojson', src: 'countries-50m.json', box: [95, 15, 150, 60], decimals: 3 },
  { out: 'countries-10m-tumen.geojson', src: 'countries-10m.json', box: [129.5, 41.8, 131.5, 43.5], decimals: 5 },
];

function install() {
  const dir = mkdtempSync(join(tmpdir(), 'whereabouts-basemap-'));
  execFileSync('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--ignore-scripts',
    WORLD_ATLAS, TOPOJSON_CLIENT], { stdio: 'inherit' });
  return dir;
}

/** Clips a closed ring against one half-plane; `inside(p)` and `cross(a, b)` define the edge. */
function clipEdge(ring, inside, cross) {
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i];
    const prev = ring[(i + ring.length - 1) % ring.length];
    const curIn = inside(cur);
    const prevIn = inside(prev);
    if (curIn) {
      if (!prevIn) out.push(cross(prev, cur));
      out.push(cur);
    } else if (prevIn) {
      out.push(cross(prev, cur));
    }
  }
  return out;
}

function clipRing(ring, [w, s, e, n]) {
  let pts = ring.slice(0, -1); // open ring
  const atX = (x) => (a, b) => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const atY = (y) => (a, b) => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  pts = clipEdge(pts, (p) => p[0] >= w, atX(w));
  pts = clipEdge(pts, (p) => p[0] <= e, atX(e));
  pts = clipEdge(pts, (p) => p[1] >= s, atY(s));
  pts = clipEdge(pts, (p) => p[1] <= n, atY(n));
  return pts;
}

function roundRing(pts, decimals) {
  const f = 10 ** decimals;
  const out = [];
  for (const [x, y] of pts) {
    const p = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  if (out.length < 3) return null;
  out.push(out[0].slice());
  return out;
}

function clipPolygon(rings, box, decimals) {
  const result = [];
  for (const ring of rings) {
    const r = roundRing(clipRing(ring, box), decimals);
    if (r) result.push(r);
    else if (result.length === 0) return null; // outer ring gone: the whole polygon is outside
  }
  return result.length ? result : null;
}

function clipFeature(feature, box, decimals) {
  const g = feature.geometry;
  if (!g) return null;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  const kept = polys.map((p) => clipPolygon(p, box, decimals)).filter(Boolean);
  if (kept.length === 0) return null;
  return {
    type: 'Feature',
    id: feature.id,
    properties: { name: feature.properties?.name ?? null },
    geometry: kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept },
  };
}

const dir = install();
try {
  const require = createRequire(join(dir, 'node_modules', 'x.js'));
  const topojson = require('topojson-client');
  for (const spec of OUTPUTS) {
    const topo = JSON.parse(readFileSync(join(dir, 'node_modules', 'world-atlas', spec.src), 'utf8'));
    const all = topojson.feature(topo, topo.objects.countries);
    const features = all.features.map((f) => clipFeature(f, spec.box, spec.decimals)).filter(Boolean)
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
    const fc = {
      type: 'FeatureCollection',
      bbox: spec.box,
      properties: {
        source: `Natural Earth 4.1 (public domain) via npm ${WORLD_ATLAS} ${spec.src} (ISC)`,
        processing: `TopoJSON -> GeoJSON (${TOPOJSON_CLIENT}), clipped to ${spec.box.join(',')}, `
          + `coordinates rounded to ${spec.decimals} decimals; only the country name kept`,
      },
      features,
    };
    const text = JSON.stringify(fc) + '\n';
    writeFileSync(join(outDir, spec.out), text);
    console.log(`${spec.out}: ${features.length} features, ${(text.length / 1024).toFixed(0)} KiB`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
