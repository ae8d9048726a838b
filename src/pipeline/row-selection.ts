import {
  getNamedType, getOperationAST, isAbstractType, isObjectType, TypeInfo, visit, visitWithTypeInfo,
  type GraphQLField, type GraphQLNamedType, type GraphQLSchema,
} from 'graphql';
import type { RowSelection } from '../loaders/rows';
import { entityRegistry, kindOfGraphqlType, type EntityKind } from '../registry/entities';
import { columnsOf } from '../stores/sql';
import { perDocument } from './per-document';

/** Fields of a row type that read nothing of the row but its id (which every statement selects). */
const ID_ONLY = new Set(['__typename', 'entityType', 'User.preferences', 'Asset.readings']);

/** Every row property, for a field this module cannot tell the needs of. */
const ALL = Symbol('all columns');

/**
 * What a field of a row type reads of its row: its own property (`name`), the key of what it
 * points to (`owner` reads `ownerId`), or only the id (its connections and documents are looked up
 * by the row's id). Anything else reads every property, and test/pipeline/row-selection.test.ts
 * fails until it is described here.
 */
export function propertiesRead(kind: EntityKind, field: GraphQLField<unknown, unknown>): readonly string[] | typeof ALL {
  const columns = entityRegistry[kind].columns as Record<string, string>;
  const name = field.name;
  if (name in columns) return [name];
  if (`${name}Id` in columns) return [`${name}Id`];
  if (ID_ONLY.has(name) || ID_ONLY.has(`${entityRegistry[kind].graphqlType}.${name}`)) return [];
  if (getNamedType(field.type).name.endsWith('Connection')) return [];
  return ALL;
}

/**
 * The row properties a query reads, per kind, from its document alone (computed once per
 * document): the properties of every field selected on a row type, directly, through fragments or
 * through an interface such as `Entity`; `createdAt` where a connection's cursors are selected;
 * always the id. A mutation or subscription reads whole rows: what it does with a row is not
 * only what it shows of it.
 */
export function createRowSelections(schema: GraphQLSchema) {
  const kindsOf = (type: GraphQLNamedType): EntityKind[] => {
    if (isAbstractType(type)) return schema.getPossibleTypes(type).flatMap((t) => kindsOf(t));
    const kind = kindOfGraphqlType(type.name);
    return kind ? [kind] : [];
  };
  /** The row kind a connection or edge type lists (`TaskConnection`, `TaskEdge` → TASK). */
  const listedKind = (type: GraphQLNamedType): EntityKind | undefined => {
    if (!isObjectType(type)) return undefined;
    const { node, edges } = type.getFields();
    if (node) return kindOfGraphqlType(getNamedType(node.type).name); // an edge
    return edges ? listedKind(getNamedType(edges.type)) : undefined; // a connection
  };

  return perDocument((document, operationName): RowSelection => {
    if (getOperationAST(document, operationName)?.operation !== 'query') return {};
    const read = new Map<EntityKind, Set<string> | typeof ALL>();
    const add = (kind: EntityKind, properties: readonly string[] | typeof ALL) => {
      const known = read.get(kind) ?? new Set<string>();
      if (known === ALL || properties === ALL) return void read.set(kind, ALL);
      for (const property of properties) known.add(property);
      read.set(kind, known);
    };
    const types = new TypeInfo(schema);
    visit(document, visitWithTypeInfo(types, {
      Field(node) {
        const parent = types.getParentType();
        const field = types.getFieldDef();
        if (!parent) return;
        for (const kind of kindsOf(parent)) add(kind, field ? propertiesRead(kind, field) : []);
        if (node.name.value === 'cursor' || node.name.value === 'pageInfo') {
          const kind = listedKind(parent);
          if (kind) add(kind, ['createdAt']);
        }
      },
    }));
    const selection: RowSelection = {};
    for (const [kind, properties] of read) {
      if (properties !== ALL) selection[kind] = columnsOf(kind).filter((p) => p === 'id' || properties.has(p));
    }
    return selection;
  });
}

export type RowSelections = ReturnType<typeof createRowSelections>;
