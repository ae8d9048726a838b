import { MongoBulkWriteError, MongoNetworkError } from 'mongodb';
import { unavailableService } from '../src/errors';

/** Which store an error says is away: the answer picks SERVICE_UNAVAILABLE's message and log level. */
describe('unavailableService', () => {
  const bulk = (error: object, writeErrors?: object[]) =>
    new MongoBulkWriteError(writeErrors ? { message: 'E11000', code: 11000, writeErrors: writeErrors as never } : error as never, { getWriteConcernError: () => undefined } as never);

  it('knows MongoDB network failures, wrapped or not', () => {
    expect(unavailableService(new MongoNetworkError('connection 5 timed out'))).toBe('mongodb');
    expect(unavailableService(bulk(new Error('connect ECONNREFUSED 127.0.0.1:27017')))).toBe('mongodb');
    const raw = Object.assign(new Error('This socket has been ended by the other party'), {
      code: 'EPIPE', stack: 'Error: This socket…\n    at Connection.writeCommand (/app/node_modules/mongodb/lib/cmap/connection.js:1:1)',
    });
    expect(unavailableService(raw)).toBe('mongodb');
  });

  it('knows PostgreSQL failures', () => {
    expect(unavailableService(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe('postgresql');
    expect(unavailableService(Object.assign(new Error('terminating connection'), { code: '57P01' }))).toBe('postgresql');
    expect(unavailableService(new Error('Query read timeout'))).toBe('postgresql');
  });

  it('leaves other failures alone: a refused duplicate is not an outage', () => {
    expect(unavailableService(bulk({}, [{ code: 11000, index: 0, errmsg: 'E11000' }]))).toBeUndefined();
    expect(unavailableService(new TypeError('x is undefined'))).toBeUndefined();
  });
});
