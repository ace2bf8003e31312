// ESLint flat config: typescript-eslint's type-aware rules plus the import rules of the architecture.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Import restrictions, one block per folder: who may import generated code, frameworks and the server side. */
const generated = {
  group: ['**/generated/*', '**/generated/**'],
  message: 'Only src/contract.ts, src/validation/* and src/client/* import generated code.',
};
const frameworks = {
  group: ['express', 'express/*'],
  message: 'Only src/adapters/* import a web framework.',
};
const handlers = { group: ['../handlers/*', '../handlers/**'], message: 'Grants never import handlers.' };
const serverSide = {
  // Anything outside src/client but the generated types (a type-only import).
  regex: '^\\.\\./(?!\\.\\./generated/openapi\\.js$)',
  message: 'src/client/* imports nothing from the server side: it runs in browsers.',
};

export default tseslint.config(
  { ignores: ['generated/', 'dist/', 'coverage/', 'data/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/contract.ts', 'src/validation/**', 'src/client/**', 'src/adapters/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [generated, frameworks] }] },
  },
  {
    files: ['src/adapters/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [generated] }] },
  },
  {
    files: ['src/contract.ts', 'src/validation/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [frameworks] }] },
  },
  {
    files: ['src/grants/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [generated, frameworks, handlers] }] },
  },
  {
    files: ['src/client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            frameworks,
            serverSide,
            { group: ['node:*'], message: 'The SDK runs in browsers: no node: imports.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
