// The editor support that ships in dist/ (scripts/editor-data.mjs, run by `npm run build`):
// VS Code's custom HTML and CSS data and the JSX types must describe every widget as the
// manifest and the public contract do. Run after a build.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json'));
const manifest = JSON.parse(read('custom-elements.json'));
const htmlData = JSON.parse(read('dist/vscode.html-custom-data.json'));
const cssData = JSON.parse(read('dist/vscode.css-custom-data.json'));
const jsxTypes = read('dist/custom-elements-jsx.d.ts');

/** The attributes of the public contract (../shared/DESIGN.md and README), per tag. */
const CONTRACT = {
  'nw-quote-card': ['speaker', 'speaker-role', 'date', 'cite', 'source', 'avatar', 'variant', 'theme'],
  'nw-tweet-embed': ['url', 'author', 'handle', 'date', 'avatar', 'platform', 'allow-original', 'theme'],
  'nw-demand-table': ['heading', 'demand-by', 'response-by', 'updated', 'theme'],
  'nw-fact-box': ['heading', 'updated', 'max-visible', 'variant', 'theme'],
};
const VALUES = {
  theme: ['auto', 'light', 'dark'],
  'nw-quote-card variant': ['card', 'pull'],
  'nw-fact-box variant': ['full', 'compact'],
};

const elements = new Map(
  manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d])),
);

test('VS Code HTML data lists the four tags, each described by its summary', () => {
  assert.deepEqual(htmlData.tags.map((tag) => tag.name).sort(), Object.keys(CONTRACT).sort());
  for (const tag of htmlData.tags) {
    const { summary } = elements.get(tag.name);
    assert.ok(summary, `${tag.name} has a @summary in its JSDoc`);
    assert.ok(tag.description.startsWith(summary), `${tag.name}: the description starts with "${summary}"`);
    // Events, slot, custom properties and parts are described, without empty sections or "undefined".
    for (const section of ['Events', 'Slots', 'CSS Properties', 'CSS Parts']) {
      assert.match(tag.description, new RegExp(`### \\*\\*${section}:\\*\\*\\n - \\S`), `${tag.name}: ${section}`);
    }
    assert.doesNotMatch(tag.description, /undefined|### \*\*Methods/, tag.name);
    for (const event of elements.get(tag.name).events) assert.ok(tag.description.includes(`**${event.name}**`), `${tag.name}: ${event.name}`);
  }
});

test('VS Code HTML data: every attribute of the contract, with its description and allowed values', () => {
  for (const tag of htmlData.tags) {
    const names = tag.attributes.map((attribute) => attribute.name);
    assert.deepEqual(names, CONTRACT[tag.name], `${tag.name} attributes`);
    const documented = new Map(elements.get(tag.name).attributes.map((attribute) => [attribute.name, attribute.description]));
    for (const attribute of tag.attributes) {
      const where = `${tag.name} ${attribute.name}`;
      assert.ok(attribute.description?.length > 5, `${where} has a description`);
      assert.equal(attribute.description, documented.get(attribute.name), `${where}: the JSDoc's description`);
      const values = VALUES[where] ?? VALUES[attribute.name] ?? [];
      assert.deepEqual(attribute.values.map((value) => value.name), values, `${where} values`);
    }
  }
});

test('VS Code CSS data: the custom properties and parts of every widget', () => {
  const properties = new Set(cssData.properties.map((property) => property.name));
  const parts = new Set(cssData.pseudoElements.map((part) => part.name));
  for (const [tagName, element] of elements) {
    for (const { name } of element.cssProperties ?? []) assert.ok(properties.has(name), `${tagName}: ${name}`);
    for (const { name } of element.cssParts ?? []) assert.ok(parts.has(`::part(${name})`), `${tagName}: ::part(${name})`);
  }
  for (const name of ['--nw-color-accent', '--nw-font-quote', '--nw-radius']) assert.ok(properties.has(name), name);
  for (const property of cssData.properties) assert.ok(property.description, `${property.name} has a description`);
});

test('JSX types: every tag with its attributes typed from the class, data and typed event handlers', () => {
  for (const [tagName, attributes] of Object.entries(CONTRACT)) {
    const className = elements.get(tagName).name;
    assert.match(jsxTypes, new RegExp(`"${tagName}": Partial<${className}Props & BaseProps & BaseEvents>;`), tagName);
    const props = jsxTypes.slice(jsxTypes.indexOf(`export type ${className}Props = {`));
    const block = props.slice(0, props.indexOf('};'));
    for (const attribute of attributes) {
      const field = elements.get(tagName).attributes.find((a) => a.name === attribute).fieldName;
      const key = /^[a-z]+$/.test(attribute) ? attribute : `"${attribute}"`;
      assert.ok(block.includes(`${key}?: ${className}["${field}"];`), `${tagName} ${attribute} is typed as ${className}["${field}"]`);
    }
    assert.ok(block.includes(`data?: ${className}["data"];`), `${tagName} data`);
    for (const event of elements.get(tagName).events) {
      assert.ok(
        block.includes(`"on${event.name}"?: (e: CustomEvent<import("./core/events.js").NwEventMap["${event.name}"]["detail"]>) => void;`),
        `${tagName} on${event.name}`,
      );
    }
    assert.match(jsxTypes, new RegExp(`import type \\{ ${className} \\} from "\\./[a-z-]+/[a-z-]+\\.component\\.js";`));
  }
  assert.doesNotMatch(jsxTypes, /CustomEvent<never>|undefined\)_/);
});

test('package.json exports the editor files, and the package ships them', () => {
  assert.equal(pkg.exports['./vscode.html-custom-data.json'], './dist/vscode.html-custom-data.json');
  assert.equal(pkg.exports['./vscode.css-custom-data.json'], './dist/vscode.css-custom-data.json');
  assert.deepEqual(pkg.exports['./jsx'], { types: './dist/custom-elements-jsx.d.ts' });
  assert.ok(pkg.files.includes('dist'));
  for (const target of ['./dist/vscode.html-custom-data.json', './dist/vscode.css-custom-data.json', './dist/custom-elements-jsx.d.ts']) {
    assert.ok(existsSync(new URL(`../../${target}`, import.meta.url)), target);
  }
});
