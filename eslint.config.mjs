import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/',
      'types/generated/',
      'build/',
      '.cache/',
      '.tmp/',
      '.strapi/',
      'node_modules/',
      'coverage/',
      'bench-results/',
      'tests/install/fresh-app/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Strapi's plugin APIs are loosely typed; `any` at the glue boundary is deliberate.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/strapi-plugin-newsroom/server/src/domain/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@strapi/*'], message: 'domain/ is plain TypeScript: no Strapi imports.' },
            {
              group: ['**/services/*', '**/repositories/*', '**/controllers/*', '**/http/*'],
              message: 'domain/ holds the rules: it imports no Strapi glue.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'domain/ takes the time as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'domain/ takes the time as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='DateTime'][callee.property.name='now']",
          message: 'domain/ takes the time as an argument.',
        },
      ],
    },
  },
  {
    files: [
      'packages/strapi-plugin-newsroom/server/src/services/**/*.ts',
      'packages/strapi-plugin-newsroom/server/src/repositories/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/controllers/*', '**/http/*', '**/routes/*'],
              message:
                'services and repositories know nothing of HTTP: controllers call them, not the other way.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/strapi-plugin-newsroom/admin/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/*', '**/server/**'],
              message: 'the admin shares code with the server through shared/ only.',
            },
          ],
        },
      ],
    },
  },
);
