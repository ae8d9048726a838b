import type { GraphQLSchema } from 'graphql';
import { OperationFuzzer, type FuzzInputs } from './operations';

export interface FuzzReport {
  /** "status code" → how many requests ended so ("200 ok", "400 BAD_USER_INPUT", …). */
  outcomes: Map<string, number>;
  /** Requests that broke the contract: a 5xx, an unexpected (masked) error, an error without a code, a stack. */
  failures: { request: string; status: number; response: string }[];
}

const STACK = /\n\s+at |\.ts:\d+:\d+|node_modules/;

/** Sends `count` requests made by `next` (a few at a time) and sorts what came back. */
async function run(url: string, token: string, count: number, next: () => { body: string | Buffer; contentType: string }): Promise<FuzzReport> {
  const report: FuzzReport = { outcomes: new Map(), failures: [] };
  let sent = 0;
  const worker = async () => {
    while (sent < count) {
      sent++;
      const { body, contentType } = next();
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${token}` }, body: typeof body === 'string' ? body : new Uint8Array(body) });
      const text = await res.text();
      let codes: (string | undefined)[] = [];
      try {
        const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
        codes = (parsed.errors ?? []).map((error) => error.extensions?.code);
      } catch {
        codes = [res.ok ? 'not JSON' : undefined];
      }
      const code = codes.length === 0 ? 'ok' : (codes[0] ?? 'no code');
      const key = `${res.status} ${code}`;
      report.outcomes.set(key, (report.outcomes.get(key) ?? 0) + 1);
      const broken = res.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR') || (codes.includes(undefined) && res.status < 400) || STACK.test(text);
      if (broken && report.failures.length < 20) {
        report.failures.push({ request: String(body).slice(0, 500), status: res.status, response: text.slice(0, 500) });
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return report;
}

/** `count` malformed bodies, then `count` schema-valid operations, from one seed. */
export async function fuzz(url: string, token: string, schema: GraphQLSchema, inputs: FuzzInputs, count: number, seed: number) {
  const fuzzer = new OperationFuzzer(schema, inputs, seed);
  const bodies = await run(url, token, count, () => fuzzer.malformedBody());
  const operations = await run(url, token, count, () => ({ body: JSON.stringify({ query: fuzzer.operation() }), contentType: 'application/json' }));
  return { bodies, operations };
}
