import type { Db, Document } from 'mongodb';
import type { Pool, PoolClient } from 'pg';
import { entityRegistry, type EntityKind } from '../registry/entities';
import { inTransaction } from '../stores/transaction';

const CHUNK = 500;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** Row properties → column names, as declared in the registry; tenants.tenant_id is generated, never written. */
function toColumns(kind: EntityKind, rows: object[]) {
  const { columns, table, tenantColumn } = entityRegistry[kind];
  const pairs = (Object.entries(columns) as [string, string][]).filter(
    ([, column]) => !(table === 'tenants' && column === tenantColumn),
  );
  const records = rows.map((row) =>
    Object.fromEntries(pairs.map(([property, column]) => [column, (row as Record<string, unknown>)[property]])),
  );
  return { table, columns: pairs.map(([, column]) => `"${column}"`).join(', '), records };
}

/** Inserts rows in chunks of one statement each; json_populate_recordset types every column from the table. */
export async function insertRows(client: PoolClient, kind: EntityKind, rows: object[], progress: (n: number) => void) {
  for (const chunk of chunks(rows)) {
    const { table, columns, records } = toColumns(kind, chunk);
    await client.query(
      `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(null::"${table}", $1::json)`,
      [JSON.stringify(records)],
    );
    progress(chunk.length);
  }
}

/**
 * One transaction whose writes the outbox trigger leaves alone (`gateway.capture = off`): bulk
 * loads that are not changes anyone audits. Demo data carries its own audit trail (seed/documents).
 */
export function withoutCapture<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  return inTransaction(pool, async (client) => {
    await client.query("SET LOCAL gateway.capture = 'off'");
    return work(client);
  });
}

export async function insertDocuments(db: Db, collection: string, docs: Document[], progress: (n: number) => void) {
  for (const chunk of chunks(docs)) {
    await db.collection(collection).insertMany(chunk, { ordered: false });
    progress(chunk.length);
  }
}
