import { createHash } from 'node:crypto';
import type { QueryConfig } from 'pg';
import { entityRegistry, type EntityKind } from '../registry/entities';

/** The pieces every relational statement is built from, derived from the entity registry. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids come from clients and documents; anything that is not a uuid cannot match a row. */
export const isUuid = (id: string) => UUID.test(id);

export const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** Row properties of a kind; every statement selects them in the registry's order. */
export type Columns = readonly string[];

const allColumns = new Map<EntityKind, Columns>();
export function columnsOf(kind: EntityKind): Columns {
  let columns = allColumns.get(kind);
  if (!columns) allColumns.set(kind, (columns = Object.keys(entityRegistry[kind].columns)));
  return columns;
}

/** `"owner_id" AS "ownerId", …` for the given properties (all of them by default). */
export function selectList(kind: EntityKind, properties: Columns = columnsOf(kind), table?: string): string {
  const mapping = entityRegistry[kind].columns as Record<string, string>;
  const prefix = table ? `${table}.` : '';
  return properties.map((property) => `${prefix}${quote(mapping[property]!)} AS ${quote(property)}`).join(', ');
}

export function columnOf(kind: EntityKind, property: string): string {
  const column = (entityRegistry[kind].columns as Record<string, string>)[property];
  if (!column) throw new Error(`${kind} has no column for property "${property}"`);
  return quote(column);
}

/**
 * Distinct statement texts given a name at most. Each name is prepared once per pooled connection
 * and kept there, so the bound is what a connection holds; the shapes the stores build (kinds,
 * column sets, filters) stay far below it, and past it statements are sent unnamed.
 */
const MAX_NAMED_STATEMENTS = 500;
const names = new Map<string, string>();

/**
 * A statement PostgreSQL parses and plans once per connection rather than on every call: named
 * after a hash of its text. Everything that varies (the tenant first of all) is a parameter,
 * never part of the text, so one prepared statement serves every tenant.
 */
export function statement(text: string, values: unknown[]): QueryConfig {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMED_STATEMENTS) {
    names.set(text, (name = `gw_${createHash('sha1').update(text).digest('base64url')}`));
  }
  return name === undefined ? { text, values } : { name, text, values };
}

/** Statement texts built once per shape (kind, columns, filters, …), keyed by what varies. */
export function textCache() {
  const texts = new Map<string, string>();
  return (key: string, build: () => string): string => {
    let text = texts.get(key);
    if (text === undefined) texts.set(key, (text = build()));
    return text;
  };
}
