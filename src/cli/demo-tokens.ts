import { signToken } from '../auth/tokens';
import { openBackends } from '../backends';
import { loadConfig } from '../config';
import { DEMO_TENANTS } from '../seed/relational';

/** Printed by `make demo`: a ready-to-use token for each named demo user, and a first query. */
async function main() {
  const config = loadConfig();
  if (!config.JWT_SECRET) return;
  const backends = await openBackends(config);
  try {
    const emails = DEMO_TENANTS.flatMap((t) => t.users.map((u) => u.email));
    const { rows } = await backends.pg.query<{ id: string; tenant_id: string; email: string; roles: string[] }>(
      'SELECT id, tenant_id, email, roles FROM users WHERE email = ANY($1) ORDER BY email',
      [emails],
    );
    const lines = ['', 'Demo tokens (valid 12 hours; `npm run --silent token -- <email>` prints a fresh one):'];
    const explorer: string[] = [];
    for (const user of rows) {
      const token = await signToken(config.JWT_SECRET, { userId: user.id, tenantId: user.tenant_id, roles: user.roles });
      lines.push(`  ${user.email.padEnd(22)} ${token}`);
      explorer.push(`  ${user.email.padEnd(22)} http://localhost:${config.PORT}/graphql#token=${token}`);
    }
    lines.push('', 'The explorer, signed in as each of them (open in a browser):', ...explorer);
    lines.push('', `Try: curl -s localhost:${config.PORT}/graphql -H 'content-type: application/json' \\`,
      `       -H "authorization: Bearer <token>" -d '{"query":"{ me { id } projects(first: 3) { edges { node { name } } } }"}'`, '');
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await backends.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
