/** Integration tests talk to the real services started by scripts/services.sh (see `make test`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  setupFiles: ['<rootDir>/test/support/setup-env.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  testTimeout: 30000,
  // One file at a time: every file shares the test PostgreSQL database, whose outbox has a single
  // relay (an advisory lock) writing to the MongoDB of whichever gateway holds it.
  maxWorkers: 1,
};
