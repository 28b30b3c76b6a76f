import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;

/** Writes `.gz` and `.br` beside every text asset, so the API serves them precompressed (@fastify/static). */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'thidua-precompress',
    apply: 'build',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const path = join(dir, name);
          return statSync(path).isDirectory() ? walk(path) : [path];
        });
      for (const file of walk(outDir).filter((f) => COMPRESSIBLE.test(f))) {
        const content = readFileSync(file);
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

const GRAPHQL_IMPORT = /import\s*\{\s*graphql\s*\}\s*from\s*'[^']*\/gql';/;
const GRAPHQL_CALL = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;
const DEFINITION = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;
const DOCUMENT_MODULE = 'virtual:thidua-document/';

/**
 * `graphql(`…`)` looks a document up in one map of every operation of the app (gql/gql.ts), and the documents
 * themselves share one module (gql/graphql.ts): either way the sign-in page would carry them all. In the bundle
 * each call becomes an import of a module holding just its document, so a page carries only the operations it
 * uses. The types, and Jest, keep the generated files as they are.
 */
function operationDocuments(): Plugin {
  const generated = resolve(__dirname, 'src/gql/graphql.ts');
  return {
    name: 'thidua-operation-documents',
    enforce: 'pre',
    transform(code, id) {
      const from = GRAPHQL_IMPORT.exec(code);
      if (!from || id.startsWith(dirname(generated))) return null;
      const imports = new Set<string>();
      const body = code.replace(GRAPHQL_CALL, (_call, document: string) => {
        const definition = DEFINITION.exec(document);
        if (!definition) throw new Error(`${id}: a graphql() document without a named definition`);
        const name = definition[2] + (definition[1] === 'fragment' ? 'FragmentDoc' : 'Document');
        imports.add(`import { ${name} } from '${DOCUMENT_MODULE}${name}';`);
        return name;
      });
      return body.replace(from[0], [...imports].join('\n'));
    },
    resolveId: (id) => (id.startsWith(DOCUMENT_MODULE) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${DOCUMENT_MODULE}`)) return null;
      const name = id.slice(DOCUMENT_MODULE.length + 1);
      // The generator writes each document on one line: `export const <name> = {…} as unknown as DocumentNode<…>;`
      const line = readFileSync(generated, 'utf8')
        .split('\n')
        .find((l) => l.startsWith(`export const ${name} = `));
      if (!line) throw new Error(`${name} is not in ${generated}: run npm run codegen`);
      return line.replace(/ as unknown as DocumentNode<.*>;$/, ';');
    },
  };
}

export default defineConfig({
  root: __dirname,
  plugins: [operationDocuments(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      // MUI marks its modules 'use client' for React Server Components, which a browser bundle ignores.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': process.env.API_URL ?? 'http://127.0.0.1:3000' },
  },
});
