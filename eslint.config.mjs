// Lint rules that guard the architecture: the engine never imports the editor, the protocol or the file system.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['server/src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['vscode', 'fs', 'fs/promises', 'node:fs', 'node:fs/promises', 'child_process', 'worker_threads'],
          patterns: ['vscode-*', 'vscode-languageserver*', '**/lsp/**', '**/features/**', '**/io/**', '**/cli/**'],
        },
      ],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['vscode'] }] },
    ignores: ['server/src/engine/**'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
