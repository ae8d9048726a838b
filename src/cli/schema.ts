import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { withCatalogueTable } from '../catalogue/readme';
import { renderCatalogueSdl } from '../catalogue/sdl';

const ROOT = join(__dirname, '..', '..');
const CATALOGUE_SCHEMA_DIR = join(ROOT, 'schema', 'catalogue');
const README = join(ROOT, 'README.md');

/**
 * `npm run schema`: writes what is derived from the catalogue's declarations: its SDL
 * (schema/catalogue/) and the README's table of collections. `--check` writes nothing and fails
 * when the files differ from what the declarations render.
 */
function main() {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const rendered = new Map([...renderCatalogueSdl()].map(([file, sdl]) => [join(CATALOGUE_SCHEMA_DIR, file), sdl]));
  rendered.set(README, withCatalogueTable(readFileSync(README, 'utf8')));
  const onDisk = readdirSync(CATALOGUE_SCHEMA_DIR).map((file) => join(CATALOGUE_SCHEMA_DIR, file));
  const extra = onDisk.filter((file) => !rendered.has(file));
  if (values.check) {
    const stale = [...rendered].filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text).map(([file]) => file);
    if (stale.length + extra.length === 0) return;
    process.stderr.write(`out of date (${[...stale, ...extra].map((f) => relative(ROOT, f)).join(', ')}): run npm run schema\n`);
    process.exit(1);
  }
  mkdirSync(CATALOGUE_SCHEMA_DIR, { recursive: true });
  for (const file of extra) rmSync(file);
  for (const [file, text] of rendered) writeFileSync(file, text);
  process.stdout.write(`schema: wrote ${rendered.size - 1} files to schema/catalogue and the README's catalogue table\n`);
}

main();
