// ESLint 9 flat config: the recommended JavaScript and typescript-eslint rules (without type
// information, to stay fast on a 2-core machine; `tsc --noEmit` does the type checking).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.types/',
      'coverage/',
      'node_modules/',
      '**/*.generated.ts',
      'test/fixtures/',
      'examples/**/exports/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        // Node and browser globals the sources use; the core's freedom from Node is checked by
        // test/package/browser.test.ts, not by the linter.
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
        queueMicrotask: 'readonly',
        structuredClone: 'readonly',
        AbortController: 'readonly',
        globalThis: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
      },
    },
    rules: {
      // Escaping output for terminals, CSV, HTML and JSON means matching control characters on purpose.
      'no-control-regex': 'off',
      // `_name` marks a binding kept on purpose (destructuring a field away, an unused callback argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The condition engines take facts and operator arguments of any shape, with json-rules-engine's
    // own `any` signatures (CustomOperator), and read them through generated accessors; `unknown`
    // would only add casts on the hot path. Everywhere else `any` stays an error.
    files: ['src/evaluate/**', 'test/evaluate/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
