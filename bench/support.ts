import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chartSvg } from './chart';
import { charts } from './charts';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
}

/**
 * A benchmark is one user sending thousands of operations a second: far past any rate limit a
 * deployment would set, which is not what the benchmarks measure (they keep the limiter's cost).
 */
export const UNLIMITED = { RATE_LIMIT_USER_PER_MINUTE: '1000000000', RATE_LIMIT_TENANT_PER_MINUTE: '1000000000' };

/**
 * The analytics rollups aggregate the request log on the test MongoDB, which shares the machine's
 * two cores: a run in the middle of a measured round costs that round, not the requests measured.
 */
const NO_ROLLUPS = { ROLLUP_INTERVAL_MS: '0' };

/** With BENCH_PROFILE_DIR set, every server process writes a V8 CPU profile there when it stops. */
const profiling = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];

/**
 * Starts bench/serve.ts (or another server script under bench/, or the built gateway) in a child
 * process and resolves with its URL and pid, with the same V8 flag as `npm start`: a 64 MB young
 * generation, because a busy gateway allocates a few short-lived objects per delivery and the
 * default one makes it collect constantly. TypeScript runs through tsx, JavaScript as it is.
 */
export async function spawnGateway(args: string[] = [], env: Record<string, string> = {}, script = 'serve.ts') {
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child: ChildProcess = spawn(process.execPath, [...profiling, '--max-semi-space-size=64', ...loader, join(__dirname, script), ...args], {
    env: { ...process.env, ...UNLIMITED, ...NO_ROLLUPS, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      // `listening <url>` from a bench server, the ready line's url from the gateway's own log
      const match = chunk.toString().match(/listening (\S+)|"url":"([^"]+)","msg":"gateway ready/);
      if (match) resolve((match[1] ?? match[2])!);
    });
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code}`)));
  });
  child.stdout!.pipe(process.stderr); // its logs, when BENCH_LOG_LEVEL asks for them
  return {
    url,
    pid: child.pid!,
    stop: () => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

const CLOCK_TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());
/** User + system CPU of a process, in ms (/proc/<pid>/stat fields 14 and 15). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
}

let built = false;

/**
 * The gateway as production runs it (`npm start`): compiled by `npm run build` from this checkout,
 * once per benchmark run, then started with `env` on a free port.
 */
export function spawnBuiltGateway(env: Record<string, string> = {}) {
  if (!built) {
    process.stdout.write('building the gateway …\n');
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: join(__dirname, '..'), stdio: 'inherit' });
    built = true;
  }
  return spawnGateway([], { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env }, '../dist/src/main.js');
}

/**
 * A closed-loop load of one request for `seconds`, with bounded concurrency; GET when there is no
 * body. A function body is called for every request (writes that must differ each time).
 */
export async function load(
  url: string, body: string | (() => string) | undefined, headers: Record<string, string>, seconds: number, connections = 8,
  /** Every answer must be exactly these bytes; any other counts as an error. */
  expectBody?: string,
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    ...(typeof body === 'string' ? { body } : {}),
    ...(typeof body === 'function' ? { requests: [{ method: 'POST', setupRequest: (request) => ({ ...request, body: body() }) }] } : {}),
    duration: seconds,
    connections,
    ...(expectBody === undefined ? {} : { expectBody }),
  });
  return {
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.non2xx + result.mismatches,
  };
}

export function printTable(title: string, rows: Record<string, string | number>[]) {
  const columns = Object.keys(rows[0] ?? {});
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  process.stdout.write(`\n${title}\n${line(columns)}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
  for (const row of rows) process.stdout.write(`${line(columns.map((c) => String(row[c])))}\n`);
}

const RESULTS = join(__dirname, 'results');

/** bench/results/<name>.json, and its picture beside it (<name>.svg, see charts.ts). */
export function writeResults(name: string, data: unknown) {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `${name}.json`), `${JSON.stringify(data, null, 2)}\n`);
  writeChart(name, data);
}

/** Draws bench/results/<name>.svg from the benchmark's results; false for one without a picture. */
export function writeChart(name: string, data: unknown): boolean {
  const draw = charts[name];
  if (!draw) return false;
  writeFileSync(join(RESULTS, `${name}.svg`), chartSvg(draw(data)));
  return true;
}

/** Keys for production mode, where tokens are verified against a JWKS endpoint: served from here. */
export async function jwksIssuer() {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'bench', alg: 'ES256', use: 'sig' };
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`,
    sign: (user: { id: string; tenant_id: string; roles: string[] }) =>
      new SignJWT({ tenant_id: user.tenant_id, roles: user.roles }).setProtectedHeader({ alg: 'ES256', kid: 'bench' })
        .setSubject(user.id).setIssuedAt().setExpirationTime('1h').sign(privateKey),
    close: () => server.close(),
  };
}
