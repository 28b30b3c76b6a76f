// Lint rules of the web app: code flows one way (shared → features → app) and a feature is entered only
// through its index, never through another feature's internals.
import { dirname, relative, resolve, sep } from 'node:path';

const WEB_SRC = resolve(import.meta.dirname, 'apps/web/src');

/** 'features/<name>/<rest>', 'shared/…', 'app/…' of a file under apps/web/src, or null. */
function place(file) {
  const rel = relative(WEB_SRC, file);
  if (rel.startsWith('..')) return null;
  const [layer, name, ...rest] = rel.split(sep);
  return { layer, name, rest: rest.join('/').replace(/\.(tsx?|js)$/, '') };
}

const importBoundaries = {
  meta: {
    type: 'problem',
    messages: {
      internals:
        "Import feature '{{feature}}' through its index ('features/{{feature}}'), not its internals.",
      upward: "'{{from}}' may not import from '{{to}}': code flows shared → features → app.",
    },
  },
  create(context) {
    const here = place(context.filename);
    if (!here) return {};
    const check = (source) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const there = place(resolve(dirname(context.filename), source.value));
      if (!there) return;
      if (here.layer === 'shared' && (there.layer === 'features' || there.layer === 'app'))
        return context.report({
          node: source,
          messageId: 'upward',
          data: { from: 'shared', to: there.layer },
        });
      if (here.layer === 'features' && there.layer === 'app')
        return context.report({ node: source, messageId: 'upward', data: { from: 'features', to: 'app' } });
      const otherFeature =
        there.layer === 'features' && !(here.layer === 'features' && here.name === there.name);
      // An index file is "features/x" (name only) or "features/x/index".
      const entry = there.rest === '' || there.rest === 'index';
      if (otherFeature && !entry)
        context.report({ node: source, messageId: 'internals', data: { feature: there.name } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
    };
  },
};

export const webPlugin = { rules: { 'import-boundaries': importBoundaries } };
