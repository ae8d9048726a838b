import { entityRegistry, type EntityKind } from '../registry/entities';

/** The pieces every relational statement is built from, derived from the entity registry. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids come from clients and documents; anything that is not a uuid cannot match a row. */
export const isUuid = (id: string) => UUID.test(id);

export const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

const selectLists = new Map<EntityKind, string>();
export function selectList(kind: EntityKind): string {
  let list = selectLists.get(kind);
  if (!list) {
    const columns = Object.entries(entityRegistry[kind].columns) as [string, string][];
    list = columns.map(([property, column]) => `${quote(column)} AS ${quote(property)}`).join(', ');
    selectLists.set(kind, list);
  }
  return list;
}

export function columnOf(kind: EntityKind, property: string): string {
  const column = (entityRegistry[kind].columns as Record<string, string>)[property];
  if (!column) throw new Error(`${kind} has no column for property "${property}"`);
  return quote(column);
}

