// The build's CSS minifier (rollup.config.mjs): what it may and may not touch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss } from '../../rollup.config.mjs';

test('drops comments and white space around braces, semicolons, commas and after colons', () => {
  assert.equal(minifyCss('\n  /* why */\n  a ,\n  b {\n    color : red;\n    margin: 0 ;\n  }\n'), 'a,b{color :red;margin:0}');
});

test('keeps descendant combinators after :host(...) and before pseudo-classes', () => {
  assert.equal(minifyCss(':host(.a) .b { x: 1 }'), ':host(.a) .b{x:1}');
  assert.equal(minifyCss('.a :hover { x: 1 }'), '.a :hover{x:1}');
  assert.equal(minifyCss(':host(:not([theme="light"])) > .b { x: 1 }'), ':host(:not([theme="light"]))>.b{x:1}');
});

test('keeps the spaces media queries and calc() need', () => {
  assert.equal(minifyCss('@media (min-width: 30em) and (max-width: 40em) { a { x: 1 } }'), '@media (min-width:30em) and (max-width:40em){a{x:1}}');
  assert.equal(minifyCss('a { inline-size: calc( 100% - 2 * var(--x) ); margin: calc(1px + -2px) }'), 'a{inline-size:calc(100% - 2 * var(--x));margin:calc(1px + -2px)}');
});

test('copies strings and escapes as written', () => {
  assert.equal(minifyCss(`a::before { content: ' /* not a comment */  ;  }'; }`), `a::before{content:' /* not a comment */  ;  }'}`);
  assert.equal(minifyCss(`a::before { content: "\\201C  \\"  x" }`), `a::before{content:"\\201C  \\"  x"}`);
  assert.equal(minifyCss(`a { font-family: 'Iowan Old Style', serif }`), `a{font-family:'Iowan Old Style',serif}`);
});

test('keeps one space where the text meets an interpolation', () => {
  assert.equal(minifyCss('  margin: ', { keepEnd: true }), 'margin: ');
  assert.equal(minifyCss('   0;\n', { keepStart: true }), ' 0;');
});
