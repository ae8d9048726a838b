import { buildASTSchema, isEnumType, isObjectType } from 'graphql';
import { Client } from 'pg';
import { entityKinds, entityRegistry } from '../../src/registry/entities';
import { loadTypeDefs } from '../../src/schema';
import { testEnv } from '../support/env';

const schema = buildASTSchema(loadTypeDefs(), { assumeValid: true });

describe('entity registry', () => {
  it('is exactly the GraphQL EntityType enum', () => {
    const enumType = schema.getType('EntityType');
    if (!isEnumType(enumType)) throw new Error('EntityType is not an enum');
    expect(enumType.getValues().map((v) => v.name).sort()).toEqual([...entityKinds].sort());
  });

  it('names GraphQL object types that implement Entity and are federation keys', () => {
    for (const kind of entityKinds) {
      const type = schema.getType(entityRegistry[kind].graphqlType);
      if (!isObjectType(type)) throw new Error(`${kind}: no object type ${entityRegistry[kind].graphqlType}`);
      expect(type.getInterfaces().map((i) => i.name)).toContain('Entity');
      expect(type.astNode?.directives?.map((d) => d.name.value)).toContain('key');
    }
  });

  it('matches the live PostgreSQL catalogue: every table, key, tenant column and column exists', async () => {
    const client = new Client({ connectionString: testEnv.PG_URL });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`,
      );
      const columns = new Set(rows.map((r) => `${r.table_name}.${r.column_name}`));
      for (const kind of entityKinds) {
        const spec = entityRegistry[kind];
        for (const column of [spec.key, spec.tenantColumn, ...Object.values(spec.columns) as string[]]) {
          expect(columns).toContain(`${spec.table}.${column}`);
        }
        // and no column of the table is missing from the registry
        const declared = new Set(Object.values(spec.columns) as string[]);
        const actual = [...columns].filter((c) => c.startsWith(`${spec.table}.`)).map((c) => c.split('.')[1]);
        expect(actual.filter((c) => !declared.has(c!))).toEqual([]);
      }
    } finally {
      await client.end();
    }
  });
});
