import { spawn } from 'node:child_process';
import { once } from 'node:events';
import WebSocket from 'ws';

/**
 * The real entry point, as `npm start` runs it: outside NODE_ENV=test, where Apollo Server would
 * also handle the termination signals if it were left to.
 */
function startMain() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, NODE_ENV: 'development', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        lines.push(line);
        const url = (JSON.parse(line) as { url?: string }).url;
        if (url) resolve(url);
      }
    });
    child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
  });
  return { child, ready, lines };
}

describe('the gateway process', () => {
  it('drains on SIGTERM: open sockets are closed with 1001 and the process exits 0', async () => {
    const { child, ready, lines } = startMain();
    const url = await ready;
    const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    await once(socket, 'open');
    const closed = once(socket, 'close');
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(((await closed) as [number])[0]).toBe(1001);
    expect(lines.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
  });

  it('refuses to start with a bad variable and names it', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: { ...process.env, PORT: 'x' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(stderr).toMatch(/invalid configuration:\n\s+PORT: /);
  });
});
