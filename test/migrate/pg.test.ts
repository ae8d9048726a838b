import { execFileSync } from 'node:child_process';
import { Client } from 'pg';
import { testEnv } from '../support/env';

const migrate = () =>
  execFileSync('npx', ['tsx', 'src/cli/migrate.ts'], { env: { ...process.env, ...testEnv }, encoding: 'utf8' });

describe('npm run migrate', () => {
  it('is idempotent: a second run applies nothing and changes no schema', async () => {
    const client = new Client({ connectionString: testEnv.PG_URL });
    await client.connect();
    const schema = () =>
      client.query(`SELECT table_name, column_name, data_type FROM information_schema.columns
                    WHERE table_schema = 'public' ORDER BY 1, 2`).then((r) => r.rows);
    try {
      migrate();
      const before = await schema();
      const output = migrate();
      expect(output).toMatch(/postgres 0 migration\(s\) applied; mongodb 0 collection\(s\) created, 0 index\(es\) created, 0 replaced/);
      expect(await schema()).toEqual(before);
      const { rows } = await client.query('SELECT count(*)::int AS n FROM pgmigrations');
      expect(rows[0].n).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  });

  it('indexes every lookup the gateway makes by tenant', async () => {
    const client = new Client({ connectionString: testEnv.PG_URL });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public'`);
      const names = rows.map((r) => r.indexname);
      for (const table of ['users', 'projects', 'assets', 'vendors', 'purchase_orders']) {
        expect(names).toContain(`${table}_tenant_created`);
      }
      expect(names).toEqual(expect.arrayContaining(['tasks_tenant_project', 'tasks_tenant_assignee', 'projects_tenant_owner']));
    } finally {
      await client.end();
    }
  });
});
