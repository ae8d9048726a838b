import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';

const JAR = join(__dirname, '..', 'services', 'mongo-wire', 'target', 'mongo-wire.jar');

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

const accepting = (port: number) => new Promise<boolean>((resolve) => {
  const socket = connect(port, '127.0.0.1');
  socket.once('connect', () => (socket.destroy(), resolve(true)));
  socket.once('error', () => resolve(false));
});

/**
 * A MongoDB-wire server (the local test server, in memory) of the benchmark's own. The test
 * server keeps every oplog entry in memory for as long as it runs, and a benchmark writes tens of
 * thousands of notifications: on the shared server that would crowd out everything else (and
 * slow every change stream on it). This one starts empty and is gone when the benchmark ends.
 * Tests that stop MongoDB use one too (on a given port, to start it again where it was). With a
 * `dataFile`, documents are kept in that file and outlive the server (the fault script restarts it).
 */
export async function startMongoWire(port?: number, dataFile?: string): Promise<{ url: string; port: number; pause(): void; resume(): void; stop(): Promise<void> }> {
  if (!existsSync(JAR)) throw new Error(`${JAR} is missing: run \`bash scripts/services.sh up\` once to build it`);
  port ??= await freePort();
  const child = spawn('java', ['-Xmx1g', '-jar', JAR, '127.0.0.1', String(port), ...(dataFile ? [dataFile] : [])], { stdio: 'ignore' });
  const deadline = Date.now() + 30_000;
  while (!(await accepting(port))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error('the benchmark\'s MongoDB-wire server did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `mongodb://127.0.0.1:${port}/?directConnection=true`,
    port,
    /** SIGSTOP: the server keeps its connections open and answers nothing, like a hung host. */
    pause: () => void child.kill('SIGSTOP'),
    resume: () => void child.kill('SIGCONT'),
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGCONT');
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
