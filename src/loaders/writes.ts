import type { EntityChangeDoc, FieldAuditDoc } from '../documents/types';
import { badUserInput } from '../errors';
import type { EntityChangeFeed } from '../live/entity-changes';
import type { Logger } from '../logger';
import { entityRegistry, type EntityKind, type RowOf } from '../registry/entities';
import type { DocumentStore } from '../stores/documents';
import type { RelationalStore } from '../stores/relational';
import type { CacheLoaders } from './caches';
import type { RowLoaders } from './rows';

type Operation = EntityChangeDoc['operation'];

/** PostgreSQL's answer to a write that breaks a rule of the schema, in the caller's terms. */
function asUserError(kind: EntityKind, error: unknown): unknown {
  const { code, detail, constraint } = error as { code?: string; detail?: string; constraint?: string };
  const { columns, graphqlType, table } = entityRegistry[kind];
  const propertyOf = (column: string | undefined) =>
    (Object.entries(columns) as [string, string][]).find(([, c]) => c === column)?.[0];
  // Composite keys read "(tenant_id, vendor_id)"; check constraints are named <table>_<column>_check.
  const column = detail?.match(/\(tenant_id, (\w+)\)/)?.[1] ?? constraint?.match(new RegExp(`^${table}_(\\w+)_check$`))?.[1];
  const field = propertyOf(column);
  switch (code) {
    case '23503':
      return badUserInput(`${field ?? 'A reference'} does not refer to an existing row of this tenant.`, field);
    case '23505':
      return badUserInput(`A ${graphqlType} with the same ${field ?? 'key'} already exists.`, field);
    case '23514':
    case '22P02':
    case '22003':
      return badUserInput(`Invalid ${field ?? 'value'} for ${graphqlType}.`, field);
    default:
      return error;
  }
}

/**
 * The write path of relational entities: PostgreSQL first (the record), then the audit trail
 * in MongoDB (entity_changelog with before/after, field_audit_log per sensitive field, written
 * with majority acknowledgement) and its changes to the row's live subscribers, then the caches
 * computed from that entity type are dropped.
 */
export class EntityWrites {
  constructor(
    private readonly relational: RelationalStore,
    private readonly documents: DocumentStore,
    private readonly rows: RowLoaders,
    private readonly caches: CacheLoaders,
    private readonly changes: EntityChangeFeed,
    private readonly logger?: Logger,
  ) {}

  /** `actorId`: the user making the change, recorded as `changed_by`. */
  async create<K extends EntityKind>(actorId: string, kind: K, values: Partial<RowOf<K>>): Promise<RowOf<K>> {
    const row = await this.relational.insert(kind, values).catch((error) => Promise.reject(asUserError(kind, error)));
    await this.recorded(actorId, kind, 'INSERT', null, row);
    return row;
  }

  /** null when the row does not exist for this tenant. */
  async update<K extends EntityKind>(actorId: string, kind: K, id: string, changes: Partial<RowOf<K>>): Promise<RowOf<K> | null> {
    const result = await this.relational.update(kind, id, changes).catch((error) => Promise.reject(asUserError(kind, error)));
    if (!result) return null;
    await this.recorded(actorId, kind, 'UPDATE', result.before, result.after);
    return result.after;
  }

  private async recorded<K extends EntityKind>(actorId: string, kind: K, operation: Operation, before: RowOf<K> | null, after: RowOf<K>) {
    const spec = entityRegistry[kind];
    const id = (after as { id: string }).id;
    const changedAt = new Date();
    const ref = { entity_type: spec.entityType, entity_id: id, changed_by: actorId, changed_at: changedAt };
    const audits = (spec.auditedFields ?? [])
      .map((field) => [String(field), before?.[field as keyof RowOf<K>] ?? null, after[field as keyof RowOf<K>] ?? null] as const)
      .filter(([, old, now]) => JSON.stringify(old) !== JSON.stringify(now))
      .map(([field, old_value, new_value]) => ({ ...ref, field, old_value, new_value }));
    this.rows.forget(kind, id);
    try {
      const [changes] = await Promise.all([
        this.documents.insertMany<EntityChangeDoc>('entity_changelog', [{ ...ref, operation, old_value: before, new_value: after } as never], { durable: true }),
        audits.length ? this.documents.insertMany<FieldAuditDoc>('field_audit_log', audits as never[], { durable: true }) : null,
      ]);
      await this.changes.publish(changes);
    } catch (error) {
      // PostgreSQL has committed: the write stands. A missing audit entry is logged loudly for repair.
      this.logger?.error({ err: error, kind, id, operation }, 'audit trail write failed');
    }
    await this.caches.invalidate([kind]);
  }
}
