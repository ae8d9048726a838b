import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeChart } from './support';

/** `npm run bench:charts`: every benchmark's picture drawn again from its results already written. */
const dir = join(__dirname, 'results');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const name = file.slice(0, -'.json'.length);
  if (writeChart(name, JSON.parse(readFileSync(join(dir, file), 'utf8')))) process.stdout.write(`bench/results/${name}.svg\n`);
}
