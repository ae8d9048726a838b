import { randomUUID } from 'node:crypto';
import { Decimal128, ObjectId, type Document } from 'mongodb';
import type { CollectionName } from '../../src/catalogue/collections';
import { ownerField, type FilterField } from '../../src/catalogue/filters';
import { indexesOf } from '../../src/catalogue/indexes';
import { graphqlEnumValue, graphqlFieldName } from '../../src/catalogue/graphql-names';
import { collectionSpec } from '../../src/catalogue/lookup';
import type { Fields, FieldSpec } from '../../src/catalogue/shape';
import type { CollectionSpec } from '../../src/catalogue/types';

/**
 * Test documents and queries derived from the catalogue's declarations, so that one test can
 * cover every collection and a new collection is covered as soon as it is declared.
 */
const DAY = 86_400_000;
let serial = 0;

function sampleValue(name: string, spec: FieldSpec, at: Date): unknown {
  switch (spec.kind) {
    // Distinct strings: several are unique keys (cache keys, storage keys, message ids).
    case 'string': return `${name}-${++serial}`;
    case 'int': return 3;
    case 'float': return 1.5;
    case 'decimal': return Decimal128.fromString('12.50');
    case 'boolean': return false;
    case 'date': return at;
    case 'json': return { sample: true };
    case 'enum': return spec.enum.values[0];
    case 'object': return sampleFields(spec.object.fields, at);
    case 'row': return randomUUID();
    case 'document': return new ObjectId();
  }
}

function sampleFields(fields: Fields, at: Date): Document {
  const doc: Document = {};
  for (const [name, spec] of Object.entries(fields)) {
    if (spec.optional) continue;
    const value = sampleValue(name, spec, at);
    doc[name] = spec.list ? [value] : value;
  }
  return doc;
}

/** A valid document of `collection` at time `at`: required fields only, plus `overrides`. */
export function sampleDocument(collection: CollectionName, tenantId: string, at: Date, overrides: Document = {}): Document {
  const spec: CollectionSpec = collectionSpec(collection);
  const doc: Document = { tenant_id: tenantId, ...sampleFields(spec.fields, at), [spec.timeField]: at };
  if (spec.polymorphic) Object.assign(doc, { entity_type: 'project', entity_id: randomUUID() });
  if (spec.retention.kind === 'expiresAt') doc[spec.retention.field] = new Date(Date.now() + DAY);
  return { ...doc, ...overrides };
}

/** Collections with one document per owner (a user's preferences): a unique index on the owner alone. */
export function isSingleton(collection: CollectionName): boolean {
  const spec: CollectionSpec = collectionSpec(collection);
  const owner = ownerField(collection);
  return indexesOf(spec).some((index) => index.unique && Object.keys(index.key).slice(1).join() === owner);
}

/** Overrides that put a document past its collection's retention, or undefined for permanent collections. */
export function expiredOverrides(collection: CollectionName): Document | undefined {
  const { retention, timeField } = collectionSpec(collection) as CollectionSpec;
  switch (retention.kind) {
    case 'permanent':
      return undefined;
    case 'expiresAt':
      return { [retention.field]: new Date(Date.now() - 60_000) };
    case 'ttl': {
      const past = new Date(Date.now() - retention.seconds * 1000 - DAY);
      return retention.field === timeField ? { [timeField]: past } : { [retention.field]: past };
    }
  }
}

/** A stored value for a filter field and the GraphQL argument that matches exactly it. */
export function distinctFilterValue(filter: FilterField): { stored: unknown; argument: unknown } {
  if (filter.stored === 'entity_type') return { stored: 'task', argument: 'TASK' };
  const spec = filter.spec;
  if (!spec) {
    const id = randomUUID(); // entity_id
    return { stored: id, argument: id };
  }
  switch (spec.kind) {
    case 'enum': {
      const value = spec.enum.values.at(-1)!;
      return { stored: value, argument: graphqlEnumValue(value) };
    }
    case 'boolean': return { stored: true, argument: true };
    case 'int': return { stored: 42, argument: 42 };
    case 'row': {
      const id = randomUUID();
      return { stored: id, argument: id };
    }
    case 'document': {
      const id = new ObjectId();
      return { stored: id, argument: id.toHexString() };
    }
    default: return { stored: 'distinct-value', argument: 'distinct-value' };
  }
}

/** A selection of every field a document type shows, nested objects and references included. */
export function fullSelection(fields: Fields): string {
  return Object.entries(fields)
    .filter(([, spec]) => !spec.internal)
    .map(([stored, spec]) => {
      const name = graphqlFieldName(stored, spec);
      if (spec.kind === 'object') return `${name} { ${fullSelection(spec.object.fields)} }`;
      if (spec.kind === 'row' || spec.kind === 'document') return `${name} { id }`;
      return name;
    })
    .join(' ');
}
