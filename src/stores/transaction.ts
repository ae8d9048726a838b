import type { Pool, PoolClient } from 'pg';

/**
 * `work` on one connection inside BEGIN … COMMIT; ROLLBACK when it throws. A checked-out client
 * whose connection breaks (PostgreSQL restarted mid-transaction) emits an error the pool no longer
 * listens for: it is caught here, so it fails this call instead of the process, and the broken
 * client is destroyed rather than handed out again.
 */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (error: Error) => void (broken = error);
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackFailed: Error) => void (broken ??= rollbackFailed));
    throw error;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}
