// Rollup plugin for the single-file bundle, run after the minifier: moves the bytes of the widgets'
// style sheets, of the Arabic-script interface text (the ar and ckb catalogues) and of the inlined
// data (the story and the basemap) to the end of the file, without changing when anything is
// evaluated.
//
// gzip finds repeats only within the last 32 KB it has read, and codes each block of the file with
// codes fitted to that block's bytes. Left where the modules put them, the story (17 KB) and the
// basemap (6 KB) sit between the code that reads them and the rest of the code, so repeated names
// and markup on either side no longer see each other; the catalogues scatter Arabic-script bytes,
// and the style sheets CSS, through blocks of code. Moved to the end, CSS sits with CSS, text in one
// script together, and code with code: about 1.1 KB gzip less.
//
// How: each moved expression becomes a call to a function declared at the end of the module that
// returns the expression as written. Function declarations are hoisted with their bodies, so the
// value is built at the same point of module evaluation as before. What moves:
//  - data literals of at least MIN_CHARS, made of literals only (objects, arrays, strings,
//    numbers, booleans, null, negative numbers, and the minifier's !0 and !1): they refer to no
//    binding, so they mean the same anywhere;
//  - the initial value of a top-level declaration that holds a style sheet or Arabic-script text
//    (which kind of content moves only changes the size, never the meaning): it moves from
//    module scope to a function in module scope, so every name in it still refers to the same
//    binding. Expressions whose meaning depends on the function around them (this, arguments,
//    await, yield, new.target, super, import.meta) are left where they are.

import { walk } from './ast-walk.mjs';

const MIN_CHARS = 1000;
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;
/** The start of a style sheet's text: a selector, then a declaration block. */
const CSS_RULE = /^`[^`{};]*\{[-\w]+:/;

function isData(node) {
  switch (node.type) {
    case 'Literal':
      return !node.regex;
    case 'UnaryExpression':
      // -1, and the minifier's !0 and !1 for true and false.
      return (
        (node.operator === '-' || node.operator === '!') &&
        node.argument.type === 'Literal' &&
        typeof node.argument.value === 'number'
      );
    case 'ArrayExpression':
      return node.elements.every((e) => e !== null && isData(e));
    case 'ObjectExpression':
      return node.properties.every(
        (p) => p.type === 'Property' && p.kind === 'init' && !p.computed && !p.method && isData(p.value),
      );
    case 'TemplateLiteral':
      return node.expressions.length === 0;
    default:
      return false;
  }
}

/** True when the expression means the same in a function of module scope as in module scope. */
function movable(node) {
  let ok = true;
  walk(node, (n) => {
    if (
      n.type === 'ThisExpression' ||
      n.type === 'Super' ||
      n.type === 'MetaProperty' ||
      n.type === 'AwaitExpression' ||
      n.type === 'YieldExpression' ||
      (n.type === 'Identifier' && n.name === 'arguments')
    )
      ok = false;
    return ok;
  });
  return ok;
}

/** The outermost data literals of at least `min` characters, in source order. */
export function findData(ast, min = MIN_CHARS) {
  const found = [];
  walk(ast, (node) => {
    if (
      (node.type === 'ObjectExpression' || node.type === 'ArrayExpression') &&
      node.end - node.start >= min &&
      isData(node)
    ) {
      found.push(node);
      return false;
    }
    return true;
  });
  return found;
}

/** True when the expression holds a style sheet: a tagged template whose text reads `selector{property:…}`. */
function holdsCss(node, code) {
  let found = false;
  walk(node, (n) => {
    if (n.type === 'TaggedTemplateExpression' && CSS_RULE.test(code.slice(n.quasi.start, n.quasi.end))) found = true;
    return !found;
  });
  return found;
}

/** Initial values of top-level declarations that pass `test`, apart from `skip`. */
function findInits(ast, test, skip = []) {
  const found = [];
  for (const statement of ast.body) {
    if (statement.type !== 'VariableDeclaration') continue;
    for (const { init } of statement.declarations) {
      if (!init || !test(init) || skip.some((s) => s.start < init.end && init.start < s.end)) continue;
      if (movable(init)) found.push(init);
    }
  }
  return found;
}

/** Initial values of top-level declarations that hold Arabic-script text, apart from `skip`. */
export function findText(ast, code, skip = []) {
  return findInits(ast, (init) => ARABIC_SCRIPT.test(code.slice(init.start, init.end)), skip);
}

/** Initial values of top-level declarations that hold style sheets, apart from `skip`. */
export function findStyles(ast, code, skip = []) {
  return findInits(ast, (init) => holdsCss(init, code), skip);
}

/**
 * The code with each moved expression replaced by a call to a hoisted function at the end (style
 * sheets first, then text, then data), or null when nothing moves.
 */
export function moveDataLast(code, ast, min = MIN_CHARS) {
  const data = findData(ast, min);
  const text = findText(ast, code, data);
  const styles = findStyles(ast, code, [...data, ...text]);
  const nodes = [...styles, ...text, ...data];
  if (nodes.length === 0) return null;
  let prefix = '$d';
  while (new RegExp(`\\${prefix}\\d`).test(code)) prefix += '$';
  const name = new Map(nodes.map((node, i) => [node, `${prefix}${i}`]));
  let out = '';
  let at = 0;
  for (const node of [...nodes].sort((a, b) => a.start - b.start)) {
    out += code.slice(at, node.start) + `${name.get(node)}()`;
    at = node.end;
  }
  out += code.slice(at);
  const tail = nodes.map((node) => `function ${name.get(node)}(){return ${code.slice(node.start, node.end)}}`);
  return `${out.trimEnd()}\n${tail.join('\n')}\n`;
}

export default function dataLast() {
  return {
    name: 'data-last',
    renderChunk(code) {
      const moved = moveDataLast(code, this.parse(code));
      return moved === null ? null : { code: moved, map: null };
    },
  };
}
