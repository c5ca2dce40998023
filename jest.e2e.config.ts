import type { Config } from 'jest';

const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' } }];

// Browser tests: Debian's chromium driven by playwright-core against the local workspace.
const config: Config = {
  testMatch: ['<rootDir>/spec/e2e/**/*.e2e.ts'],
  transform: { '^.+\\.(t|j)sx?$': swc as never },
  testEnvironment: 'node',
  testTimeout: 60_000,
  maxWorkers: 1,
};
export default config;
