import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One DynamoDB Local for the whole run; each test file makes its own table.
    globalSetup: ['test/helpers/global-setup.ts', 'test/helpers/cli-synth-setup.ts'],
    // Each file drops the tables it made when it ends: DynamoDB Local slows down with every table it holds.
    setupFiles: ['test/helpers/drop-tables.ts'],
    // Generous: on a loaded 2-core CI machine a slow test is not a failing one (timing belongs in the bench).
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Two cores: DynamoDB Local's JVM needs one of them.
    maxWorkers: 2,
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.vitest-results.json' }]] : ['default'],
  },
});
