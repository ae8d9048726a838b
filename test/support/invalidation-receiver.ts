import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { startJsonReceiver } from './json-receiver';

export interface ReceivedPost {
  method: string;
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: { kind: string; subgraphs: string[]; cache_tag: string }[];
}

/**
 * A local HTTP server in place of a router's invalidation endpoint: it records every request and
 * answers as told: 202 (accept), 500 (fail), 401 (refuse, a wrong key), or not at all (hang)
 * until `release()` or `close()`. `failNext` requests are answered 500 first, whatever `answer` says.
 * Its path is its own: a request for another one (a process that had this port before, or that
 * thinks it has it) is answered 404 and not recorded, so tests on a shared machine see their own.
 */
export interface InvalidationReceiver {
  url: string;
  posts: ReceivedPost[];
  answer: 'accept' | 'fail' | 'refuse' | 'hang';
  failNext: number;
  /** Requests held unanswered right now. */
  readonly held: number;
  /** The tags of every POST so far, one sorted list per POST. */
  tagsPerPost(): string[][];
  /** Answers the held requests with 202. */
  release(): void;
  close(): Promise<void>;
}

export async function startInvalidationReceiver(): Promise<InvalidationReceiver> {
  const held: ServerResponse[] = [];
  const accept = (res: ServerResponse) => res.writeHead(202, { 'content-type': 'application/json' }).end('{"count":0}');
  const path = `/invalidation/${randomUUID()}`;
  const server = await startJsonReceiver((req, body, res) => {
    if (req.url !== path) return void res.writeHead(404).end();
    receiver.posts.push({
      method: req.method!, path: req.url!, authorization: req.headers.authorization, contentType: req.headers['content-type'],
      body: body as ReceivedPost['body'],
    });
    const answer = receiver.failNext > 0 && receiver.failNext-- ? 'fail' : receiver.answer;
    if (answer === 'hang') held.push(res);
    else if (answer === 'fail') res.writeHead(500, { 'content-type': 'application/json' }).end('{"errors":[{"message":"cache storage unavailable"}]}');
    else if (answer === 'refuse') res.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[{"message":"Invalid authorization header"}]}');
    else accept(res);
  });
  const receiver: InvalidationReceiver = {
    url: `${server.origin}${path}`,
    posts: [],
    answer: 'accept',
    failNext: 0,
    get held() {
      return held.length;
    },
    tagsPerPost: () => receiver.posts.map((post) => post.body.map((request) => request.cache_tag).sort()),
    release: () => held.splice(0).forEach(accept),
    close: async () => {
      receiver.release();
      await server.close();
    },
  };
  return receiver;
}

/**
 * A router that is down: port 2 is privileged, unassigned and not one fetch refuses to try, so
 * connecting is refused. (Not a port freed a moment ago: another process on the machine may take
 * it, and be sent invalidations.)
 */
export const UNREACHABLE_URL = 'http://127.0.0.1:2/invalidation';
