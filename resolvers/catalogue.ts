import { ObjectId } from 'mongodb';
import { catalogue, type CollectionName } from '../src/catalogue/collections';
import { filterFields, type FilterField } from '../src/catalogue/filters';
import { graphqlEnumValue, graphqlFieldName } from '../src/catalogue/graphql-names';
import type { Fields, FieldSpec, ObjectSpec } from '../src/catalogue/shape';
import type { CollectionSpec } from '../src/catalogue/types';
import { authorized, type GatewayContext } from '../src/context';
import { badUserInput } from '../src/errors';
import { documentKeyset } from '../src/stores/documents';
import { toConnection, type PageArgs } from '../src/pagination';
import { entityKinds, entityRegistry, kindOfEntityType, type EntityKind } from '../src/registry/entities';
import type { BridgedDocument } from '../src/stores/documents';
import { documentPageRequest, entityDocuments } from './connections';

/**
 * The catalogue's resolvers, derived from its declarations as its SDL is (src/catalogue/sdl.ts):
 * one field resolver per declared field, one list field per collection, one document connection
 * per polymorphic collection on every Entity. Hand-written maps merged after these add what
 * declarations cannot say (cursors).
 */
type Doc = Record<string, unknown> & { _id: ObjectId };
type FieldResolver = (doc: Doc, args: unknown, context: GatewayContext) => unknown;

const toGraphqlEnum = (value: unknown) => graphqlEnumValue(String(value));

/** How one stored value becomes its GraphQL value. */
function valueOf(spec: FieldSpec): ((value: unknown, context: GatewayContext) => unknown) | undefined {
  switch (spec.kind) {
    case 'enum':
      return toGraphqlEnum;
    case 'decimal':
      return (value) => String(value);
    case 'row': {
      const kind = spec.entity;
      return (value, context) => (typeof value === 'string' ? authorized(context).loaders.rows.load(kind, value) : null);
    }
    case 'document': {
      const collection = spec.collection as CollectionName;
      return (value, context) => {
        const { viewer, loaders } = authorized(context);
        return value instanceof ObjectId || typeof value === 'string' ? loaders.catalogue.load(collection, viewer, value) : null;
      };
    }
    default:
      return undefined; // as stored
  }
}

function fieldResolver(stored: string, spec: FieldSpec): FieldResolver {
  const convert = valueOf(spec);
  if (spec.list) {
    return convert
      ? (doc, _args, context) => ((doc[stored] as unknown[] | undefined) ?? []).map((value) => convert(value, context))
      : (doc) => doc[stored] ?? [];
  }
  return convert
    ? (doc, _args, context) => (doc[stored] == null ? null : convert(doc[stored], context))
    : (doc) => doc[stored] ?? null;
}

function fieldResolvers(fields: Fields): Record<string, FieldResolver> {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, spec]) => !spec.internal)
      .map(([stored, spec]) => [graphqlFieldName(stored, spec), fieldResolver(stored, spec)]),
  );
}

/** Document → entity: through the row loader of the stored type. Unknown types and missing rows are null. */
const bridge: Record<string, FieldResolver> = {
  entityType: (doc) => (typeof doc.entity_type === 'string' ? (kindOfEntityType(doc.entity_type) ?? null) : null),
  entityId: (doc) => doc.entity_id ?? null,
  entity: (doc, _args, context) => {
    const kind = typeof doc.entity_type === 'string' ? kindOfEntityType(doc.entity_type) : undefined;
    return kind && typeof doc.entity_id === 'string' ? authorized(context).loaders.rows.load(kind, doc.entity_id) : null;
  },
};

/** The nested object types, each once. */
function objectResolvers(): Record<string, Record<string, FieldResolver>> {
  const objects = new Map<string, ObjectSpec>();
  const visit = (fields: Fields) => {
    for (const spec of Object.values(fields)) {
      if (spec.kind !== 'object' || objects.has(spec.object.name)) continue;
      objects.set(spec.object.name, spec.object);
      visit(spec.object.fields);
    }
  };
  for (const spec of catalogue) visit(spec.fields);
  return Object.fromEntries([...objects].map(([name, object]) => [name, fieldResolvers(object.fields)]));
}

const enumToStored = (filter: FilterField) => {
  const values = filter.spec?.kind === 'enum' ? filter.spec.enum.values : [];
  const byGraphql = new Map(values.map((value) => [graphqlEnumValue(value), value]));
  return (value: unknown) => byGraphql.get(String(value));
};

/** A filter argument → the stored value it matches. */
function storedValue(filter: FilterField): (value: unknown) => unknown {
  if (filter.stored === 'entity_type') return (value) => entityRegistry[value as EntityKind].entityType;
  if (filter.spec?.kind === 'enum') return enumToStored(filter);
  if (filter.spec?.kind === 'document') {
    return (value) => {
      if (typeof value !== 'string' || value.length !== 24 || !ObjectId.isValid(value)) {
        throw badUserInput(`${filter.argument} must be the id of a document.`, filter.argument);
      }
      return new ObjectId(value);
    };
  }
  return (value) => value;
}

type ListArgs = PageArgs & { from?: Date | null; to?: Date | null } & Record<string, unknown>;

function listResolver(spec: CollectionSpec) {
  const collection = spec.name as CollectionName;
  const filters = filterFields(spec).map((filter) => ({ filter, toStored: storedValue(filter) }));
  const keyset = documentKeyset(collection);
  return async (_root: unknown, args: ListArgs, context: GatewayContext) => {
    const { viewer, loaders } = authorized(context);
    const request = documentPageRequest(args, context.maxPageSize);
    const stored: Record<string, unknown> = {};
    for (const { filter, toStored } of filters) {
      if (args[filter.argument] != null) stored[filter.stored] = toStored(args[filter.argument]);
    }
    const page = await loaders.catalogue.page(collection, viewer, { filters: stored, from: args.from, to: args.to, request });
    return toConnection(page, keyset, page.totalCount);
  };
}

const polymorphic = catalogue.filter((spec) => spec.polymorphic && 'entityField' in spec.graphql);

/** Every Entity's document connections: `project.comments`, `task.attachments`, … */
function entityConnections(kind: EntityKind) {
  return Object.fromEntries(
    polymorphic.map((spec) => [
      (spec.graphql as { entityField: string }).entityField,
      (row: { id: string }, args: PageArgs, context: GatewayContext) => entityDocuments(context, spec.name, kind, row.id, args),
    ]),
  );
}

export const catalogueResolvers = {
  ...Object.fromEntries(
    (catalogue as readonly CollectionSpec[]).map((spec) => [
      spec.graphql.type,
      { id: (doc: BridgedDocument & { _id: ObjectId }) => doc._id.toHexString(), ...(spec.polymorphic ? bridge : {}), ...fieldResolvers(spec.fields) },
    ]),
  ),
  ...objectResolvers(),
  ...Object.fromEntries(entityKinds.map((kind) => [entityRegistry[kind].graphqlType, entityConnections(kind)])),
  Query: Object.fromEntries(
    (catalogue as readonly CollectionSpec[]).flatMap((spec) => (spec.graphql.list ? [[spec.graphql.list, listResolver(spec)]] : [])),
  ),
};
