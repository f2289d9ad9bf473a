// ESLint: typescript-eslint's strict, type-aware rules over the code, its scripts and its tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/**', 'coverage/**', 'eslint.config.mjs', 'vitest.config.mts'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Numbers and booleans read naturally in messages and log lines.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `(x) => void f(x)` and `() => g()` returning void are the house style for callbacks, and
      // `return next(false)` restify's for handlers.
      '@typescript-eslint/no-confusing-void-expression': [
        'error',
        { ignoreArrowShorthand: true, ignoreVoidOperator: true, ignoreVoidReturningFunctions: true },
      ],
      // Third-party types say values are always there that are not at run time (restify's
      // req.header(), botbuilder's activity fields, JSON from the network): those checks stay.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // botbuilder's activity fields are strings and its constants enums of the same strings.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // A caught error is passed on as it came.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true, allowThrowingAny: true }],
      // restify 11 wants every handler async (it rejects handlers that neither return a promise nor call next).
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // No function over about 60 lines (docs/architecture.md): longer ones are split.
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The widget runs in browsers: its own tsconfig (DOM, no Node), which also covers its tests.
    files: ['src/widget/**/*.ts', 'test/widget/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: false, project: ['./src/widget/tsconfig.json'], tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['src/hosting/http/**/*.ts'],
    rules: {
      // restify's handlers end with `return next(…)`: its own idiom, kept.
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // In tests a `!` is an assertion: the test fails at once if the value is missing.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // describe() and it() callbacks are as long as their cases.
      'max-lines-per-function': 'off',
      // Tests read untyped JSON (HTTP bodies, stored documents) and assert on it; a wrong shape fails the assertion.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
);
