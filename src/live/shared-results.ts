import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Viewer } from '../auth/viewer';
import type { GatewayContext } from '../context';

type Result = ExecutionResult | Promise<ExecutionResult>;

/**
 * Per event (the object a subscription's source stream yielded), the results computed for it so
 * far, by share key. Weak: an event and its results go once every subscription has sent it.
 */
const resultsByEvent = new WeakMap<object, Map<string, Shared>>();

/**
 * graphql-js's `subscribe`, except that subscriptions that would compute the same result for an
 * event compute it once. The hub hands every live subscription of a recipient the same event
 * object, and the same user is often subscribed several times with the same operation (tabs,
 * devices): those subscriptions share one execution per event instead of running one each.
 *
 * Two subscriptions share when they run the same operation text with the same variables for the
 * same viewer (tenant, user and roles: everything a resolver may decide on), so each still
 * receives exactly what its own execution would have produced. Events replayed from MongoDB are
 * fresh objects per subscription and are executed on their own.
 */
export async function subscribeSharingResults(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!isAsyncIterable(stream)) return stream; // the subscribe resolver failed: its errors
  const key = shareKey(args, (args.contextValue as GatewayContext).viewer);
  return new EventResults(stream[Symbol.asyncIterator](), (event) => resultOf(event, key, args));
}

interface Shared {
  result: Result;
  /** Whether a second subscription asked for it, and `result` became a plain copy. */
  reused: boolean;
}

function resultOf(event: unknown, key: string | null, args: ExecutionArgs): Result {
  if (key === null || typeof event !== 'object' || event === null) return execute({ ...args, rootValue: event });
  let results = resultsByEvent.get(event);
  if (!results) resultsByEvent.set(event, (results = new Map()));
  const shared = results.get(key);
  if (!shared) {
    const result = execute({ ...args, rootValue: event });
    results.set(key, { result, reused: false });
    return result;
  }
  if (!shared.reused) {
    shared.reused = true;
    shared.result = isPromise(shared.result) ? shared.result.then(withPlainData) : withPlainData(shared.result);
  }
  return shared.result;
}

/**
 * The result with its data as plain JSON values. graphql-ws serializes every result once per
 * subscription, and graphql-js builds results from null-prototype objects (with Date objects from
 * the DateTime scalar), which JSON.stringify handles on its slow path: for a result sent to
 * several subscriptions, one copy made here makes each of those serializations about twice as
 * fast. Errors stay as they are: the socket's error formatting needs the GraphQLError objects.
 */
function withPlainData(result: ExecutionResult): ExecutionResult {
  return result.data ? { ...result, data: JSON.parse(JSON.stringify(result.data)) as ExecutionResult['data'] } : result;
}

const isPromise = <T>(value: T | Promise<T>): value is Promise<T> => typeof (value as Promise<T>)?.then === 'function';

/** Null (nothing shared) without a viewer, or when the operation's text is not at hand. */
function shareKey({ document, operationName, variableValues }: ExecutionArgs, viewer: Viewer | null): string | null {
  const text = document.loc?.source.body;
  if (!viewer || text === undefined) return null;
  return JSON.stringify([viewer.tenantId, viewer.userId, viewer.roles, operationName ?? null, variableValues ?? null, text]);
}

const isAsyncIterable = (value: object): value is AsyncIterable<unknown> => Symbol.asyncIterator in value;

/**
 * The subscription's results: each event of the source mapped to its (possibly shared) result.
 * Ending it ends the source, which unregisters the subscription from the hub.
 */
class EventResults implements AsyncIterableIterator<ExecutionResult> {
  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly resultOf: (event: unknown) => Result,
  ) {}

  async next(): Promise<IteratorResult<ExecutionResult>> {
    const event = await this.source.next();
    if (event.done) return { value: undefined, done: true };
    try {
      return { value: await this.resultOf(event.value), done: false };
    } catch (error) {
      await this.return();
      throw error;
    }
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    await this.source.return?.();
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}
