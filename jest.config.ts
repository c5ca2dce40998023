import type { Config } from 'jest';

const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' } }];

// Unit and component tests. Browser (e2e) tests live in jest.e2e.config.ts.
const config: Config = {
  testMatch: ['<rootDir>/spec/**/*.test.ts', '<rootDir>/spec/**/*.test.tsx'],
  testPathIgnorePatterns: ['<rootDir>/spec/e2e/'],
  transform: { '^.+\\.(t|j)sx?$': swc as never, '^.+\\.mjs$': swc as never },
  // Garden v9 pulls a few ESM-only packages; let swc compile them.
  transformIgnorePatterns: ['/node_modules/(?!(react-merge-refs|@zendeskgarden|@floating-ui)/)'],
  setupFilesAfterEnv: ['<rootDir>/spec/setup.ts'],
  testEnvironment: 'node',
};
export default config;
