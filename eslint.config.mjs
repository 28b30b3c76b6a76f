import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { webPlugin } from './eslint.web-rules.mjs';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'apps/web/dist/**', 'apps/web/src/gql/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only' },
        { object: 'describe', property: 'only' },
        { object: 'it', property: 'skip' },
        { object: 'describe', property: 'skip' },
      ],
    },
  },
  {
    files: ['bench/**/*.ts', 'libs/report/src/cli/**/*.ts', 'libs/db/src/cli/**/*.ts', 'apps/api/src/seed/**/*.ts', 'test/drift/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, web: webPlugin },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      'web/import-boundaries': 'error',
    },
  },
  {
    // Every user-facing text lives in the message catalogs (shared/i18n); tests may quote them.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: ['apps/web/src/shared/i18n/**', 'apps/web/src/**/*.spec.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/[À-ỹ]/], TemplateElement[value.raw=/[À-ỹ]/], JSXText[value=/[À-ỹ]/]',
          message: 'Vietnamese text belongs in the message catalogs (apps/web/src/shared/i18n).',
        },
      ],
    },
  },
);
