import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderCatalogueSdl } from '../catalogue/sdl';

export const CATALOGUE_SCHEMA_DIR = join(__dirname, '..', '..', 'schema', 'catalogue');

/**
 * `npm run schema`: writes the catalogue's SDL (schema/catalogue/) from its declarations.
 * `--check` writes nothing and fails when the files differ from what the declarations render.
 */
function main() {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const rendered = renderCatalogueSdl();
  const onDisk = new Set(readdirSync(CATALOGUE_SCHEMA_DIR, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name));
  if (values.check) {
    const stale = [...rendered].filter(([file, sdl]) => !onDisk.has(file) || readFileSync(join(CATALOGUE_SCHEMA_DIR, file), 'utf8') !== sdl);
    const extra = [...onDisk].filter((file) => !rendered.has(file));
    if (stale.length + extra.length === 0) return;
    process.stderr.write(`schema/catalogue is out of date (${[...stale.map(([f]) => f), ...extra].join(', ')}): run npm run schema\n`);
    process.exit(1);
  }
  mkdirSync(CATALOGUE_SCHEMA_DIR, { recursive: true });
  for (const file of onDisk) if (!rendered.has(file)) rmSync(join(CATALOGUE_SCHEMA_DIR, file));
  for (const [file, sdl] of rendered) writeFileSync(join(CATALOGUE_SCHEMA_DIR, file), sdl);
  process.stdout.write(`schema: wrote ${rendered.size} files to schema/catalogue\n`);
}

main();
