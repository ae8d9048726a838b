import { entityKinds, entityRegistry } from '../registry/entities';
import { describeAccess, readAccess } from '../auth/permissions';
import { catalogue, type CollectionName } from './collections';
import { filterFields, type FilterField } from './filters';
import { graphqlEnumValue, graphqlFieldName } from './graphql-names';
import { catalogueByName } from './lookup';
import type { EnumSpec, FieldSpec, ObjectSpec } from './shape';
import { categories, type CollectionSpec } from './types';

/**
 * The catalogue's part of the contract, rendered from the declarations: one SDL file per category
 * (each collection's type, its connection, its root field with the filters its indexes serve), and
 * one that gives every Entity its document connections. `npm run schema` writes them to
 * schema/catalogue/; a test fails when the files and the declarations disagree.
 */
export const ENTITY_DOCUMENTS_FILE = 'entity-documents.graphql';

const header = (source: string) =>
  `# Generated from ${source} by \`npm run schema\`. Edit the declaration, then regenerate.\n`;

function describe(text: string | undefined, indent = ''): string {
  if (!text) return '';
  return text.includes('"') || text.includes('\n') ? `${indent}"""\n${indent}${text}\n${indent}"""\n` : `${indent}"${text}"\n`;
}

const documentTypeOf = (collection: string) => {
  const target = catalogueByName.get(collection);
  if (!target) throw new Error(`a document reference names "${collection}", which is not in the catalogue`);
  return target.graphql.type;
};

/** The GraphQL type of a field's single value. */
function valueType(spec: FieldSpec): string {
  switch (spec.kind) {
    case 'string': return 'String';
    case 'int': return 'Int';
    case 'float': return 'Float';
    case 'decimal': return 'Decimal';
    case 'boolean': return 'Boolean';
    case 'date': return 'DateTime';
    case 'json': return 'JSON';
    case 'enum': return spec.enum.name;
    case 'object': return spec.object.name;
    case 'row': return entityRegistry[spec.entity].graphqlType;
    case 'document': return documentTypeOf(spec.collection);
  }
}

/**
 * References are nullable whatever the stored field says: MongoDB enforces no reference, so the
 * row or document may be gone (or another tenant's), and a dangling reference resolves to null.
 */
function outputType(spec: FieldSpec): string {
  const reference = spec.kind === 'row' || spec.kind === 'document';
  if (spec.list) return `[${valueType(spec)}${reference ? '' : '!'}]!`;
  return spec.optional || reference ? valueType(spec) : `${valueType(spec)}!`;
}

function filterType(filter: FilterField): string {
  if (filter.stored === 'entity_type') return 'EntityType';
  if (!filter.spec) return 'ID';
  return filter.spec.kind === 'row' || filter.spec.kind === 'document' ? 'ID' : valueType(filter.spec);
}

function fieldLines(fields: Readonly<Record<string, FieldSpec>>): string {
  return Object.entries(fields)
    .filter(([, spec]) => !spec.internal)
    .map(([stored, spec]) => `${describe(spec.description, '  ')}  ${graphqlFieldName(stored, spec)}: ${outputType(spec)}\n`)
    .join('');
}

/** Enums and objects are named once in the whole catalogue; the first collection that uses one emits it. */
class SharedTypes {
  private readonly emitted = new Map<string, EnumSpec | ObjectSpec>();

  collect(fields: Readonly<Record<string, FieldSpec>>): string {
    let out = '';
    for (const spec of Object.values(fields)) {
      if (spec.kind === 'object') out += this.emit(spec.object, () => `${this.collect(spec.object.fields)}${describe(spec.object.description)}type ${spec.object.name} {\n${fieldLines(spec.object.fields)}}\n\n`);
      if (spec.kind === 'enum') out += this.emit(spec.enum, () => `${describe(spec.enum.description)}enum ${spec.enum.name} {\n${spec.enum.values.map((v) => `  ${graphqlEnumValue(v)}\n`).join('')}}\n\n`);
    }
    return out;
  }

  private emit(spec: EnumSpec | ObjectSpec, render: () => string): string {
    const known = this.emitted.get(spec.name);
    if (known === spec) return '';
    if (known) throw new Error(`two different declarations are named ${spec.name}`);
    this.emitted.set(spec.name, spec);
    return render();
  }
}

function bridgeLines(spec: CollectionSpec): string {
  if (!spec.polymorphic) return '';
  return `  entityType: EntityType\n  entityId: ID${spec.optionalBridge ? '' : '!'}\n  entity: Entity\n`;
}

function collectionSdl(spec: CollectionSpec, shared: SharedTypes): string {
  const { type, list, description } = spec.graphql;
  const rule = readAccess[spec.name as CollectionName];
  let out = shared.collect(spec.fields);
  out += describe(description);
  // Every document is an entity of the supergraph: other subgraphs may reference and extend it.
  out += `type ${type}${spec.polymorphic ? ' implements EntityDocument' : ''} @key(fields: "id") {\n  id: ID!\n${bridgeLines(spec)}${fieldLines(spec.fields)}}\n\n`;
  out += `type ${type}Edge { cursor: String! node: ${type}! }\n`;
  out += `type ${type}Connection { edges: [${type}Edge!]! pageInfo: PageInfo! totalCount: Int! }\n`;
  if (!list) return out;
  const time = graphqlFieldName(spec.timeField, spec.fields[spec.timeField]!);
  const filters = filterFields(spec).map((filter) => `, ${filter.argument}: ${filterType(filter)}`).join('');
  out += '\nextend type Query {\n';
  out += describe(
    `${spec.name}, newest first by ${time}; \`from\` (inclusive) and \`to\` (exclusive) bound ${time}. ` +
      `Readable by ${describeAccess(rule)}. Filters may be combined where one index serves them together; ` +
      'other combinations are BAD_USER_INPUT.',
    '  ',
  );
  out += `  ${list}(first: Int, after: String, from: DateTime, to: DateTime${filters}): ${type}Connection!\n}\n`;
  return out;
}

/** Every Entity's document connections, one per polymorphic collection. */
function entityDocumentsSdl(specs: readonly CollectionSpec[]): string {
  const lines = specs
    .filter((spec) => spec.polymorphic && 'entityField' in spec.graphql)
    .map((spec) => {
      const { entityField, type } = spec.graphql as { entityField: string; type: string };
      return `${describe(`${spec.name} about this row, newest first. Readable by ${describeAccess(readAccess[spec.name as CollectionName])}.`, '  ')}  ${entityField}(first: Int, after: String): ${type}Connection!\n`;
    })
    .join('');
  const types = entityKinds.map((kind) => `extend type ${entityRegistry[kind].graphqlType} {\n${lines}}\n`);
  return [`${header('src/catalogue (collections with entityField)')}`, `extend interface Entity {\n${lines}}\n`, ...types].join('\n');
}

/** File name → SDL. */
export function renderCatalogueSdl(specs: readonly CollectionSpec[] = catalogue): Map<string, string> {
  const shared = new SharedTypes();
  const files = new Map<string, string>();
  for (const category of categories) {
    const body = specs.filter((spec) => spec.category === category).map((spec) => collectionSdl(spec, shared)).join('\n');
    files.set(`${category}.graphql`, `${header(`src/catalogue/collections/${category}.ts`)}\n${body}`);
  }
  files.set(ENTITY_DOCUMENTS_FILE, entityDocumentsSdl(specs));
  return files;
}
