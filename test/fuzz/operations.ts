import {
  getNamedType, isEnumType, isInputObjectType, isInterfaceType, isListType, isNonNullType, isObjectType, isScalarType, isUnionType,
  type GraphQLField, type GraphQLInputType, type GraphQLNamedType, type GraphQLObjectType, type GraphQLSchema,
} from 'graphql';
import { SeededRandom } from '../../src/seed/random';

/**
 * Random requests for the fuzzer, from a seeded generator: malformed bodies of every kind, and
 * operations that are valid against the schema (fields, arguments and fragments chosen at random,
 * within the gateway's depth), with argument values that are sometimes sensible and sometimes not.
 */
export interface FuzzInputs {
  /** Ids worth trying: rows and documents that exist, of the caller's tenant and of another. */
  ids: string[];
}

const STRINGS = ['', 'a', 'Ünïcødé ✓', '   ', 'x'.repeat(300), '<script>', '%00', "'; DROP TABLE projects; --", '{"a":1}'];
const INTS = [0, 1, 2, 5, 20, 100, 101, -1, 2 ** 31 - 1];
const DATES = ['2026-01-01T00:00:00Z', '2026-12-01T10:00:00.000Z', 'not-a-date', '1970-01-01T00:00:00Z', '9999-12-31T23:59:59Z'];

export class OperationFuzzer {
  private readonly random: SeededRandom;

  constructor(private readonly schema: GraphQLSchema, private readonly inputs: FuzzInputs, seed: number) {
    this.random = new SeededRandom(seed);
  }

  /** A body that is anything but a good request. */
  malformedBody(): { body: string | Buffer; contentType: string } {
    const r = this.random;
    const choices: (() => { body: string | Buffer; contentType: string })[] = [
      () => ({ body: Buffer.from(Array.from({ length: r.int(0, 200) }, () => r.int(0, 255))), contentType: 'application/json' }),
      () => ({ body: JSON.stringify(this.jsonValue(3)), contentType: 'application/json' }),
      () => ({ body: JSON.stringify({ query: this.jsonValue(2), variables: this.jsonValue(2), operationName: this.jsonValue(1) }), contentType: 'application/json' }),
      () => ({ body: JSON.stringify({ query: this.tokenSoup() }), contentType: 'application/json' }),
      () => ({ body: '{"query": "{ me { id } }"'.slice(0, r.int(0, 25)), contentType: 'application/json' }),
      () => ({ body: `{ me { id } }`, contentType: r.pick(['application/graphql', 'text/plain', 'multipart/form-data', '']) }),
      () => ({ body: JSON.stringify([{ query: '{ me { id } }' }]), contentType: 'application/json' }),
      () => ({ body: JSON.stringify({ query: '{ me { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: r.pick(['x', '0'.repeat(64)]) } } }), contentType: 'application/json' }),
    ];
    return r.pick(choices)();
  }

  /** A schema-valid operation (GraphQL text). */
  operation(): string {
    const root = this.random.chance(0.75) ? this.schema.getQueryType()! : this.schema.getMutationType()!;
    const fields = Object.values(root.getFields()).filter((field) => !field.name.startsWith('_') || field.name === '_entities');
    const chosen = Array.from({ length: this.random.int(1, 3) }, () => this.random.pick(fields));
    const body = chosen.map((field, i) => `f${i}: ${this.field(field, 1)}`).join(' ');
    return `${root === this.schema.getQueryType() ? 'query' : 'mutation'} { ${body} }`;
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): string {
    const args = field.args
      .filter((arg) => isNonNullType(arg.type) || this.random.chance(0.5))
      .map((arg) => `${arg.name}: ${this.literal(arg.type, arg.name, 0)}`);
    const named = getNamedType(field.type);
    const selection = isScalarType(named) || isEnumType(named) ? '' : ` { ${this.selection(named, depth + 1)} }`;
    return `${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection}`;
  }

  private selection(type: GraphQLNamedType, depth: number): string {
    if (isUnionType(type) || isInterfaceType(type)) {
      const possible = this.schema.getPossibleTypes(type);
      const pick = this.random.pick(possible);
      return `__typename ... on ${pick.name} { ${this.objectSelection(pick, depth)} }`;
    }
    return this.objectSelection(type as GraphQLObjectType, depth);
  }

  private objectSelection(type: GraphQLObjectType, depth: number): string {
    const fields = Object.values(type.getFields());
    const leaves = fields.filter((f) => { const n = getNamedType(f.type); return isScalarType(n) || isEnumType(n); });
    const picks = new Set([this.random.pick(leaves.length ? leaves : fields)]);
    // Deeper levels choose fewer fields, so operations stay within the depth and cost limits.
    const more = depth >= 4 ? 0 : this.random.int(0, 3 - Math.min(depth, 2));
    for (let i = 0; i < more; i++) picks.add(this.random.pick(depth >= 3 ? leaves : fields));
    return [...picks].map((field) => {
      const named = getNamedType(field.type);
      if ((isObjectType(named) || isInterfaceType(named) || isUnionType(named)) && depth >= 4) return '__typename';
      return this.field(field, depth);
    }).join(' ');
  }

  private literal(type: GraphQLInputType, name: string, depth: number): string {
    const r = this.random;
    if (isNonNullType(type)) return this.literal(type.ofType, name, depth);
    if (r.chance(0.05)) return 'null';
    if (isListType(type)) return `[${Array.from({ length: r.int(0, 3) }, () => this.literal(type.ofType, name, depth + 1)).join(', ')}]`;
    if (isEnumType(type)) return r.pick(type.getValues()).name;
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || r.chance(0.5));
      return `{ ${fields.map((f) => `${f.name}: ${depth > 3 ? 'null' : this.literal(f.type, f.name, depth + 1)}`).join(', ')} }`;
    }
    switch (type.name) {
      case 'Int': return String(r.pick(INTS));
      case 'Float': return String(r.pick([0, 1.5, -3.25, 1e9]));
      case 'Boolean': return r.pick(['true', 'false']);
      case 'ID': return JSON.stringify(r.chance(0.7) && this.inputs.ids.length ? r.pick(this.inputs.ids) : r.pick([r.uuid(), 'x', '0'.repeat(24), '']));
      case 'DateTime': return JSON.stringify(r.pick(DATES));
      case 'Date': return JSON.stringify(r.pick(['2026-05-01', '2026-13-45', 'soon']));
      case 'Decimal': return JSON.stringify(r.pick(['0', '10.50', '-1', '1e99', 'lots', '12345678901234567890.12']));
      case 'JSON': return r.pick(['{ a: 1 }', '[1, 2]', '"text"', '{ nested: { deeper: [true, null] } }']);
      case '_Any': return `{ __typename: ${JSON.stringify(r.pick(['Project', 'Task', 'Comment', 'Nope']))}, id: ${JSON.stringify(r.pick(this.inputs.ids.length ? this.inputs.ids : ['x']))} }`;
      default: return JSON.stringify(name.toLowerCase().includes('cursor') || name === 'after' ? r.pick(['', 'bm9wZQ', 'W10']) : r.pick(STRINGS));
    }
  }

  private jsonValue(depth: number): unknown {
    const r = this.random;
    const kind = depth <= 0 ? r.int(0, 3) : r.int(0, 5);
    switch (kind) {
      case 0: return null;
      case 1: return r.pick(INTS);
      case 2: return r.pick(STRINGS);
      case 3: return r.chance(0.5);
      case 4: return Array.from({ length: r.int(0, 3) }, () => this.jsonValue(depth - 1));
      default: return Object.fromEntries(Array.from({ length: r.int(0, 3) }, () => [r.pick(['query', 'variables', 'a', '__proto__', 'constructor']), this.jsonValue(depth - 1)]));
    }
  }

  private tokenSoup(): string {
    const tokens = ['{', '}', '(', ')', '...', 'on', 'query', 'mutation', 'fragment', 'me', 'id', '$x', ':', '@include', '"s"', '#', '!', '[', ']', '__typename'];
    return Array.from({ length: this.random.int(1, 40) }, () => this.random.pick(tokens)).join(' ');
  }
}
