import { execFileSync } from 'node:child_process';
import { testEnv } from './env';

/** Migrates the test databases once per run, through the same command users run. */
export default function globalSetup() {
  execFileSync('npx', ['tsx', 'src/cli/migrate.ts'], { env: { ...process.env, ...testEnv }, stdio: 'inherit' });
}
