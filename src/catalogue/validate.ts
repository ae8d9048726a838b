import { Decimal128, ObjectId } from 'mongodb';
import type { CollectionName } from './collections';
import type { DocumentOf } from './documents';
import { collectionSpec } from './lookup';
import type { Fields, FieldSpec } from './shape';
import type { CollectionSpec } from './types';

const isDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

function valueProblem(spec: FieldSpec, value: unknown): string | undefined {
  switch (spec.kind) {
    case 'string':
    case 'row':
      return typeof value === 'string' ? undefined : 'a string';
    case 'int':
      return Number.isInteger(value) ? undefined : 'an integer';
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'a number';
    case 'decimal':
      return value instanceof Decimal128 ? undefined : 'a Decimal128';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'a boolean';
    case 'date':
      return isDate(value) ? undefined : 'a date';
    case 'json':
      return undefined;
    case 'enum':
      return spec.enum.values.includes(value as string) ? undefined : `one of ${spec.enum.values.join(', ')}`;
    case 'document':
      return value instanceof ObjectId ? undefined : 'an ObjectId';
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? undefined : 'an object';
  }
}

function fieldsProblems(fields: Fields, doc: Record<string, unknown>, path: string, strict: boolean): string[] {
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(fields)) {
    const value = doc[name];
    const at = `${path}${name}`;
    if (value === undefined || value === null) {
      // A list may be missing (nothing in it yet); anything else only when optional.
      if (!spec.optional && !(spec.list && value === undefined)) problems.push(`${at} is required`);
      continue;
    }
    const values = spec.list ? (Array.isArray(value) ? value : null) : [value];
    if (!values) {
      problems.push(`${at} must be a list`);
      continue;
    }
    values.forEach((item, i) => {
      const where = spec.list ? `${at}[${i}]` : at;
      const wrong = valueProblem(spec, item);
      if (wrong) problems.push(`${where} must be ${wrong}`);
      else if (spec.kind === 'object') problems.push(...fieldsProblems(spec.object.fields, item as Record<string, unknown>, `${where}.`, strict));
    });
  }
  if (strict) {
    for (const name of Object.keys(doc)) if (!(name in fields)) problems.push(`${path}${name} is not declared`);
  }
  return problems;
}

const IMPLIED = ['_id', 'tenant_id', 'entity_type', 'entity_id'];

/**
 * What is wrong with a stored document, measured against its collection's declaration. `strict`
 * also reports undeclared fields: the demo data must match the declaration exactly, while other
 * writers may add fields the gateway simply does not show.
 */
export function documentProblems(collection: CollectionName, doc: Record<string, unknown>, { strict = false } = {}): string[] {
  const spec: CollectionSpec = collectionSpec(collection);
  const problems: string[] = [];
  if (doc._id !== undefined && !(doc._id instanceof ObjectId)) problems.push('_id must be an ObjectId');
  if (typeof doc.tenant_id !== 'string') problems.push('tenant_id must be a string');
  if (spec.polymorphic) {
    const about = [doc.entity_type, doc.entity_id];
    const bothStrings = about.every((value) => typeof value === 'string');
    const neither = about.every((value) => value === undefined || value === null);
    if (!bothStrings && !(spec.optionalBridge && neither)) {
      problems.push(spec.optionalBridge ? 'entity_type and entity_id must be strings together, or both absent' : 'entity_type and entity_id must be strings');
    }
  }
  const own = Object.fromEntries(Object.entries(doc).filter(([name]) => !IMPLIED.includes(name)));
  return [...problems, ...fieldsProblems(spec.fields, own, '', strict)];
}

/** The document as its collection's type, or null when it is not one (written by someone else, half-formed). */
export function asDocument<N extends CollectionName>(collection: N, raw: Record<string, unknown> | null | undefined): DocumentOf<N> | null {
  return raw && raw._id instanceof ObjectId && documentProblems(collection, raw).length === 0 ? (raw as DocumentOf<N>) : null;
}
