// Rollup plugin: squeezes the static text of Lit's css`…`, html`…` and svg`…` templates in the
// single-file bundle. Terser leaves template text alone, so without this every indent and comment
// of the styles and templates ships.
//  - css: comments dropped, whitespace collapsed, and no space around { } ; , : > (quoted strings,
//    e.g. content: ' · ', are kept as written).
//  - html/svg: a run of whitespace holding a line break becomes one space, which renders the same
//    (HTML and SVG collapse it anyway), so text and inline spacing do not change.
// Only the literal text between ${…} expressions changes; the expressions are untouched.

const TAGS = new Set(['css', 'html', 'svg']);

export function minifyCss(text) {
  return text
    .split(/('[^']*'|"[^"]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

export function minifyMarkup(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

export default function minifyLiterals() {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!/\.[cm]?[jt]s$/.test(id) || id.includes('node_modules') || !/\b(css|html|svg)\s*`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
        const squeeze = node.tag.name === 'css' ? minifyCss : minifyMarkup;
        for (const q of node.quasi.quasis) {
          const raw = code.slice(q.start, q.end);
          const out = squeeze(raw);
          if (out !== raw) edits.push([q.start, q.end, out]);
        }
      });
      if (!edits.length) return null;
      edits.sort((a, b) => b[0] - a[0]);
      let out = code;
      for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
