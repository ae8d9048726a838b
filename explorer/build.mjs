// `npm run build` (after tsc): the explorer page bundled into dist/explorer/ with esbuild, the
// example operations (examples/operations/*.graphql) built in as its tabs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const operations = join(root, 'examples', 'operations');
const examples = readdirSync(operations).filter((file) => file.endsWith('.graphql')).sort()
  .map((file) => ({ name: file.replace(/\.graphql$/, ''), query: readFileSync(join(operations, file), 'utf8') }));

await build({
  entryPoints: { app: join(import.meta.dirname, 'app.ts'), page: join(import.meta.dirname, 'page.css') },
  outdir: join(root, 'dist', 'explorer'),
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  logLevel: 'warning',
  define: { EXAMPLES: JSON.stringify(examples), 'process.env.NODE_ENV': '"production"' },
});
