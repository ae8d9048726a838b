import { signToken } from '../auth/tokens';
import { openBackends } from '../backends';
import { loadConfig } from '../config';

/** `npm run --silent token -- <email>`: prints a development token for that user, alone on stdout. */
async function main() {
  const email = process.argv[2];
  if (!email) throw new Error('usage: npm run --silent token -- <email>');
  const config = loadConfig();
  if (!config.JWT_SECRET) throw new Error('JWT_SECRET is not set: tokens are issued by your identity provider');
  const backends = await openBackends(config);
  try {
    const { rows } = await backends.pg.query<{ id: string; tenant_id: string; roles: string[] }>(
      'SELECT id, tenant_id, roles FROM users WHERE lower(email) = lower($1)',
      [email],
    );
    const user = rows[0];
    if (!user) throw new Error(`no user with email ${email}`);
    process.stdout.write(
      `${await signToken(config.JWT_SECRET, { userId: user.id, tenantId: user.tenant_id, roles: user.roles })}\n`,
    );
  } finally {
    await backends.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
