// Walks an ESTree syntax tree (as rollup's `this.parse` or acorn gives it), parents before
// children, for the build's own rollup plugins. `visit` returning false skips that node's children.
export function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  if (visit(node) === false) return;
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}
