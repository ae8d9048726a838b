import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { send } from './body';

/** The repository's root: the nearest directory above this file with a package.json (from src/ and from dist/src/). */
function projectRoot(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return from;
  }
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>polyglot-gateway explorer</title>
  <link rel="stylesheet" href="/explorer/app.css">
  <link rel="stylesheet" href="/explorer/page.css">
</head>
<body>
  <div id="explorer"></div>
  <script type="module" src="/explorer/app.js"></script>
</body>
</html>
`;

const ASSETS: Record<string, string> = {
  '/explorer/app.js': 'text/javascript; charset=utf-8',
  '/explorer/app.css': 'text/css; charset=utf-8',
  '/explorer/page.css': 'text/css; charset=utf-8',
};

/**
 * The explorer (GraphiQL, explorer/app.ts) for a browser asking for /graphql, and its bundle, as
 * `npm run build` left it in dist/explorer/: everything from the gateway itself, nothing from a
 * CDN. Only outside production. Answers true when it answered the request.
 */
export function explorerRoutes(bundleDir = join(projectRoot(), 'dist', 'explorer')) {
  const assets = new Map<string, Buffer>();
  const asset = (path: string) => {
    let body = assets.get(path);
    if (!body && existsSync(join(bundleDir, path.slice('/explorer/'.length)))) {
      assets.set(path, (body = readFileSync(join(bundleDir, path.slice('/explorer/'.length)))));
    }
    return body;
  };
  return (req: IncomingMessage, res: ServerResponse, pathname: string): boolean => {
    if (req.method !== 'GET') return false;
    if (pathname === '/graphql' && req.headers.accept?.includes('text/html')) {
      if (!asset('/explorer/app.js')) {
        send(res, 404, 'The explorer is built by `npm run build` (dist/explorer/).\n', 'text/plain; charset=utf-8');
      } else {
        send(res, 200, PAGE, 'text/html; charset=utf-8', { 'cache-control': 'no-cache' });
      }
      return true;
    }
    const type = ASSETS[pathname];
    if (!type) return false;
    const body = asset(pathname);
    if (!body) return false;
    res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-cache' }).end(body);
    return true;
  };
}
