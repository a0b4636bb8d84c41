/** Unit tests sit beside the plugin's domain code; integration tests boot the demo app under tests/. */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  testMatch: [
    '<rootDir>/packages/*/server/**/*.test.ts?(x)',
    '<rootDir>/packages/*/admin/**/*.test.ts?(x)',
    '<rootDir>/src/**/*.test.ts?(x)',
    '<rootDir>/config/**/*.test.ts',
    '<rootDir>/tests/**/*.test.ts',
  ],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/packages/[^/]+/dist/', '<rootDir>/.tmp/'],
  testTimeout: 60000,
};
