// Editor support, generated from custom-elements.json (scripts/analyze.mjs) by
// `npm run build` into dist/:
//   vscode.html-custom-data.json  VS Code's custom HTML data: the four tags, their
//                                 attributes (with their allowed values) and docs
//   vscode.css-custom-data.json   VS Code's custom CSS data: the --nw-* properties
//                                 and the ::part()s
//   custom-elements-jsx.d.ts      JSX types for the plain tags (`CustomElements`),
//                                 to extend a framework's JSX.IntrinsicElements with
//
//   node scripts/editor-data.mjs [manifest] [outdir]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';

export const FILES = {
  html: 'vscode.html-custom-data.json',
  css: 'vscode.css-custom-data.json',
  jsx: 'custom-elements-jsx.d.ts',
};

const SHARED_OPTIONS = {
  // The components' methods are Lit's lifecycle; nothing an author calls.
  hideMethodDocs: true,
  hideLogs: true,
};

/** Custom elements of a manifest, with the module they are declared in. */
function elementsOf(manifest) {
  return (manifest.modules ?? []).flatMap((module) =>
    (module.declarations ?? []).filter((declaration) => declaration.tagName).map((declaration) => ({ module, declaration })),
  );
}

/**
 * The manifest records a property's type as written (`Theme`, `QuoteVariant`).
 * Editors can offer values only for a union of literals, so ask the compiler
 * what each attribute's property type is, and keep it as `expandedType` when
 * it is such a union (`'auto' | 'light' | 'dark'`).
 */
export function expandAttributeTypes(manifest) {
  const elements = elementsOf(manifest);
  // Only the classes' own property types matter here, not the DOM's: without the
  // standard library the program takes a second instead of four.
  const program = ts.createProgram(elements.map(({ module }) => module.path), {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    experimentalDecorators: true,
    noEmit: true,
    noLib: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  for (const { module, declaration } of elements) {
    const source = program.getSourceFile(module.path);
    const classNode = source?.statements.find((node) => ts.isClassDeclaration(node) && node.name?.text === declaration.name);
    if (!classNode?.name) throw new Error(`${module.path}: no class ${declaration.name}`);
    const instanceType = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(classNode.name));
    for (const attribute of declaration.attributes ?? []) {
      const property = attribute.fieldName && instanceType.getProperty(attribute.fieldName);
      if (!property) continue;
      const type = checker.getTypeOfSymbolAtLocation(property, classNode);
      const literals = (type.isUnion() ? type.types : [type]).filter((member) => !(member.flags & ts.TypeFlags.Nullable));
      if (literals.length > 1 && literals.every((member) => member.isStringLiteral())) {
        attribute.expandedType = { text: literals.map((member) => `'${member.value}'`).join(' | ') };
      }
    }
  }
  return manifest;
}

/**
 * The manifest gives events no type; the JSX generator would type every
 * handler's detail as `never`. Point each one at its entry in NwEventMap.
 */
function typeEvents(manifest) {
  for (const { declaration } of elementsOf(manifest)) {
    for (const event of declaration.events ?? []) {
      event.type = { text: `import("./core/events.js").NwEventMap["${event.name}"]["detail"]` };
    }
  }
  return manifest;
}

/** The generators print `_(default: undefined)_` after every CSS property without a default. */
const withoutUndefinedDefaults = (text) => text.replaceAll(' _(default: undefined)_', '');

export function writeEditorData(manifestPath = 'custom-elements.json', outdir = 'dist') {
  const read = () => JSON.parse(readFileSync(manifestPath, 'utf8'));
  const expanded = expandAttributeTypes(read());

  const vsCodeOptions = { ...SHARED_OPTIONS, typesSrc: 'expandedType' };
  const html = JSON.parse(withoutUndefinedDefaults(getVsCodeHtmlCustomData(expanded, vsCodeOptions)));
  writeFileSync(join(outdir, FILES.html), `${JSON.stringify(html, null, 2)}\n`);
  const css = JSON.parse(getVsCodeCssCustomData(expanded, vsCodeOptions));
  writeFileSync(join(outdir, FILES.css), `${JSON.stringify(css, null, 2)}\n`);

  // Types come from the classes' declarations in dist/ (NwQuoteCard['variant']), so they stay exact.
  const classPaths = new Map(
    elementsOf(expanded).map(({ module, declaration }) => [declaration.name, `./${module.path.replace(/^src\//, '').replace(/\.ts$/, '.js')}`]),
  );
  generateJsxTypes(typeEvents(expanded), {
    ...SHARED_OPTIONS,
    outdir,
    fileName: FILES.jsx,
    componentTypePath: (name) => classPaths.get(name),
  });
  const jsxPath = join(outdir, FILES.jsx);
  writeFileSync(
    jsxPath,
    `// Generated by scripts/editor-data.mjs from custom-elements.json; do not edit.\n${withoutUndefinedDefaults(readFileSync(jsxPath, 'utf8'))}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [manifestPath, outdir] = process.argv.slice(2);
  writeEditorData(manifestPath, outdir);
}
