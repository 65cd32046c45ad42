// Rollup plugin: squeezes the static text of Lit's css`…`, html`…` and svg`…` templates in the
// single-file bundle. Terser leaves template text alone, so without this every indent and comment
// of the styles and templates ships.
//  - css: a whole style sheet (a css`…` with no ${…}) is minified by Lightning CSS, which also
//    shortens values and drops redundant quotes. The pieces of a css`…` with ${…} between them are
//    squeezed as text: comments dropped, whitespace collapsed, no space around { } ; , : > (quoted
//    strings, e.g. content: ' · ', are kept as written).
//  - html/svg: a run of whitespace holding a line break becomes one space, which renders the same
//    (HTML and SVG collapse it anyway), so text and inline spacing do not change.
// Only the literal text between ${…} expressions changes; the expressions are untouched.
import { transform } from 'lightningcss';
import { walk } from './ast-walk.mjs';

const TAGS = new Set(['css', 'html', 'svg']);

/** The text split into quoted strings (odd indexes) and the rest (even), with comments removed. */
function cssPieces(text) {
  const pieces = [''];
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      pieces[pieces.length - 1] += ' ';
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      pieces.push(text.slice(i, j + 1), '');
      i = j + 1;
    } else {
      pieces[pieces.length - 1] += c;
      i++;
    }
  }
  return pieces;
}

export function minifyCss(text) {
  return cssPieces(text)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/**
 * A whole style sheet minified by Lightning CSS; the text squeezer's result if it cannot parse it.
 * Text with a backslash or backtick is left to the squeezer: it is the literal's raw source, where
 * those are template-literal escapes, not CSS.
 */
export function minifySheet(text) {
  if (/[\\`]/.test(text)) return minifyCss(text);
  try {
    const out = transform({
      filename: 'widget.css',
      code: Buffer.from(text),
      minify: true,
      errorRecovery: false,
    }).code.toString();
    return /[\\`]|\$\{/.test(out) ? minifyCss(text) : out;
  } catch {
    return minifyCss(text);
  }
}

export function minifyMarkup(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

export default function minifyLiterals() {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!/\.[cm]?[jt]s$/.test(id) || id.includes('node_modules') || !/\b(css|html|svg)\s*`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name))
          return;
        const quasis = node.quasi.quasis;
        const squeeze = node.tag.name !== 'css' ? minifyMarkup : quasis.length === 1 ? minifySheet : minifyCss;
        for (const q of quasis) {
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
