import { execFileSync, spawn } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { testEnv } from './env';
import { freePort } from './processes';

const PG_BIN = '/usr/lib/postgresql/15/bin';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Runs a PostgreSQL tool as the postgres user when this is root (initdb refuses root). */
const asPostgres = (tool: string, args: string[]) =>
  process.getuid?.() === 0 ? (['runuser', ['-u', 'postgres', '--', join(PG_BIN, tool), ...args]] as const) : ([join(PG_BIN, tool), args] as const);

/**
 * A PostgreSQL of one test's own, in a temporary directory, migrated (with the catalogue in
 * MongoDB database `mongoDb`, on the test server unless `env` names another): a test that stops or pauses
 * PostgreSQL does so to this one, and the shared test database is left alone.
 */
export async function startPostgres(mongoDb: string, env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-pg-'));
  if (process.getuid?.() === 0) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const [initdb, initArgs] = asPostgres('initdb', ['-D', join(dir, 'data'), '--auth=trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8']);
  execFileSync(initdb, [...initArgs], { stdio: 'ignore' });
  const port = await freePort();
  const [postgres, args] = asPostgres('postgres', [
    '-D', join(dir, 'data'), '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dir}`,
    '-c', 'fsync=off', '-c', 'synchronous_commit=off',
  ]);
  const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
  /** Starts the server on the data directory and resolves once it accepts connections. */
  const launch = async () => {
    const child = spawn(postgres, [...args], { stdio: 'ignore' });
    for (let attempt = 0; ; attempt++) {
      const client = new pg.Client(admin);
      try {
        await client.connect();
        await client.end();
        return child;
      } catch (error) {
        await client.end().catch(() => undefined);
        if (attempt > 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };
  let child = await launch();
  const setup = new pg.Client(admin);
  await setup.connect();
  await setup.query('CREATE DATABASE faults');
  await setup.end();
  const url = `postgres://postgres@127.0.0.1:${port}/faults`;
  // The command users run (node-pg-migrate is an ES module, which jest cannot import).
  execFileSync('npx', ['tsx', 'src/cli/migrate.ts'], { env: { ...process.env, ...testEnv, ...env, PG_URL: url, MONGO_DB: mongoDb }, stdio: 'ignore' });
  // The postmaster (under runuser when root) and its children: every backend is a group leader of
  // its own (PostgreSQL calls setsid), so pausing means signalling each of them.
  const postmaster = () => (process.getuid?.() === 0 ? Number(execFileSync('pgrep', ['-P', String(child.pid)]).toString().trim()) : child.pid!);
  const everyProcess = (name: NodeJS.Signals) => {
    const leader = postmaster();
    // runuser stops itself when its child stops (as su does, for job control): it resumes with it.
    if (name === 'SIGCONT' && child.pid !== leader) process.kill(child.pid!, name);
    process.kill(leader, name);
    execFileSync('pkill', [`-${name.replace('SIG', '')}`, '-P', String(leader)], { stdio: 'ignore' }); // exit 1: none
  };
  const quietly = (action: () => void) => { try { action(); } catch { /* no such process: nothing to signal */ } };
  /** Fast shutdown (it does not wait for clients to leave); the data directory stays. */
  const shutdown = async () => {
    quietly(() => everyProcess('SIGCONT'));
    const leader = postmaster();
    process.kill(leader, 'SIGINT');
    for (let i = 0; i < 200 && alive(leader); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  };
  return {
    url,
    pause: () => quietly(() => everyProcess('SIGSTOP')),
    resume: () => quietly(() => everyProcess('SIGCONT')),
    /** Stops the server and starts it again on the same data and port: what was committed stays. */
    async restart(downMs = 0) {
      await shutdown();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      child = await launch();
    },
    async stop() {
      await shutdown();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
