import type { EntityChangeDoc, FieldAuditDoc } from '../documents/types';
import { badUserInput } from '../errors';
import type { Logger } from '../logger';
import { entityRegistry, type EntityKind, type RowOf } from '../registry/entities';
import type { DocumentStore } from '../stores/documents';
import type { RelationalStore } from '../stores/relational';
import type { CacheLoaders } from './caches';
import type { RowLoaders } from './rows';

type Operation = EntityChangeDoc['operation'];

/** PostgreSQL's answer to a write that breaks a rule of the schema, in the caller's terms. */
function asUserError(kind: EntityKind, error: unknown): unknown {
  const pgError = error as { code?: string; detail?: string; column?: string };
  const columns = Object.entries(entityRegistry[kind].columns) as [string, string][];
  const property = (column?: string) => columns.find(([, c]) => c === column)?.[0] ?? 'input';
  switch (pgError.code) {
    case '23503': { // foreign key: (tenant_id, x_id) → a row of this tenant
      const column = pgError.detail?.match(/Key \(tenant_id, (\w+)\)/)?.[1];
      return badUserInput(`${property(column)} does not refer to an existing row of this tenant.`, property(column));
    }
    case '23505':
      return badUserInput(`A ${entityRegistry[kind].graphqlType} with the same ${pgError.detail?.match(/\(tenant_id, (\w+)\)/)?.[1] ?? 'key'} already exists.`);
    case '23514':
    case '22P02':
    case '22003':
      return badUserInput(`Invalid value for ${entityRegistry[kind].graphqlType}: ${pgError.detail ?? 'a field is out of range'}.`);
    default:
      return error;
  }
}

/**
 * The write path of relational entities: PostgreSQL first (the record), then the audit trail
 * in MongoDB (entity_changelog with before/after, field_audit_log per sensitive field, written
 * with majority acknowledgement), then the caches computed from that entity type are dropped.
 */
export class EntityWrites {
  constructor(
    private readonly relational: RelationalStore,
    private readonly documents: DocumentStore,
    private readonly rows: RowLoaders,
    private readonly caches: CacheLoaders,
    private readonly actorId: string,
    private readonly logger?: Logger,
  ) {}

  async create<K extends EntityKind>(kind: K, values: Partial<RowOf<K>>): Promise<RowOf<K>> {
    const row = await this.relational.insert(kind, values).catch((error) => Promise.reject(asUserError(kind, error)));
    await this.recorded(kind, 'INSERT', null, row);
    return row;
  }

  /** null when the row does not exist for this tenant. */
  async update<K extends EntityKind>(kind: K, id: string, changes: Partial<RowOf<K>>): Promise<RowOf<K> | null> {
    const result = await this.relational.update(kind, id, changes).catch((error) => Promise.reject(asUserError(kind, error)));
    if (!result) return null;
    await this.recorded(kind, 'UPDATE', result.before, result.after);
    return result.after;
  }

  private async recorded<K extends EntityKind>(kind: K, operation: Operation, before: RowOf<K> | null, after: RowOf<K>) {
    const spec = entityRegistry[kind];
    const id = (after as { id: string }).id;
    const changedAt = new Date();
    const ref = { entity_type: spec.entityType, entity_id: id, changed_by: this.actorId, changed_at: changedAt };
    const audits = (spec.auditedFields ?? [])
      .map((field) => [String(field), before?.[field as keyof RowOf<K>] ?? null, after[field as keyof RowOf<K>] ?? null] as const)
      .filter(([, old, now]) => JSON.stringify(old) !== JSON.stringify(now))
      .map(([field, old_value, new_value]) => ({ ...ref, field, old_value, new_value }));
    this.rows.forget(kind, id);
    try {
      await Promise.all([
        this.documents.insertMany<EntityChangeDoc>('entity_changelog', [{ ...ref, operation, old_value: before, new_value: after } as never], { durable: true }),
        audits.length ? this.documents.insertMany<FieldAuditDoc>('field_audit_log', audits as never[], { durable: true }) : null,
      ]);
    } catch (error) {
      // PostgreSQL has committed: the write stands. A missing audit entry is logged loudly for repair.
      this.logger?.error({ err: error, kind, id, operation }, 'audit trail write failed');
    }
    await this.caches.invalidate([kind]);
  }
}
