import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { testEnv } from './env';

/** A gateway in its own process (`src/main.ts`, as `npm start` runs it) on the test services. */
export async function spawnGateway(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, ...testEnv, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  /** What it logged (JSON lines, info and above). */
  const lines: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      const match = chunk.toString().match(/"url":"([^"]+)"/);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code}`)));
  });
  return { url, child, lines, stop: () => stop(child) };
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** A Redis of this test's own, so stopping it disturbs no other test. */
export async function startRedis(port: number) {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => child.stdout!.on('data', (c: Buffer) => c.toString().includes('Ready to accept') && resolve()));
  return {
    /** SIGSTOP: connections stay open and nothing answers, like a hung host. */
    pause: () => void child.kill('SIGSTOP'),
    resume: () => void child.kill('SIGCONT'),
    stop: () => (child.kill('SIGCONT'), stop(child)),
  };
}

/**
 * A Redis Cluster of this test's own: `masters` redis-server processes in cluster mode (Debian's
 * redis-server, no replicas), their slots assigned by `redis-cli --cluster create`. Ports (and the
 * cluster bus ports) are free ones; data is in memory and in a temporary directory.
 */
export async function startRedisCluster(masters = 3, { password }: { password?: string } = {}) {
  const auth = password ? ['-a', password, '--no-auth-warning'] : [];
  const dir = mkdtempSync(join(tmpdir(), 'gateway-redis-cluster-'));
  const ports: number[] = [];
  const children: ChildProcess[] = [];
  for (let i = 0; i < masters; i++) {
    const [port, busPort] = [await freePort(), await freePort()];
    const child = spawn('redis-server', [
      '--port', String(port), '--cluster-port', String(busPort), '--bind', '127.0.0.1', '--cluster-enabled', 'yes',
      '--cluster-config-file', join(dir, `nodes-${port}.conf`), '--dir', dir, '--save', '', '--appendonly', 'no',
      ...(password ? ['--requirepass', password, '--masterauth', password] : []),
    ], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout!.on('data', (c: Buffer) => c.toString().includes('Ready to accept') && resolve()));
    ports.push(port);
    children.push(child);
  }
  const nodes = ports.map((port) => `127.0.0.1:${port}`);
  execFileSync('redis-cli', [...auth, '--cluster', 'create', ...nodes, '--cluster-replicas', '0', '--cluster-yes'], { stdio: 'ignore' });
  // Every node must agree the cluster is up before a client is pointed at it.
  for (const port of ports) {
    for (let attempt = 0; !execFileSync('redis-cli', [...auth, '-p', String(port), 'cluster', 'info']).toString().includes('cluster_state:ok'); attempt++) {
      if (attempt > 100) throw new Error('the Redis Cluster did not come up');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    nodes,
    ports,
    async stop() {
      await Promise.all(children.map(stop));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
