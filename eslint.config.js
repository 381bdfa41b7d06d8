import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.neo4j/', 'src/graphql/generated/', 'coverage/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['tests/support/*.mjs'],
    languageOptions: { globals: { process: 'readonly', globalThis: 'readonly', URL: 'readonly' } },
  },
);
