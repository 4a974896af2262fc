#!/usr/bin/env node
// Packages the WordPress plugin: integrations/wordpress/newsroom-widgets/ plus
// the library files it loads (autoload.js, its chunks/ and the pre-upgrade
// stylesheet, copied from dist/ into the plugin's assets/<version>/: a folder
// per version, so browsers and CDNs never mix files of two), staged in
// dist/wordpress/newsroom-widgets/ and zipped as
// dist/wordpress/newsroom-widgets-<version>.zip, ready for Plugins > Add New >
// Upload. Run `npm run build` first.
//
//   node scripts/package-wordpress.mjs [--out <dir>] [--no-zip]
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PLUGIN = 'newsroom-widgets';
const PLUGIN_SOURCE = join(ROOT, 'integrations', 'wordpress', PLUGIN);
const DIST = join(ROOT, 'dist');

/** What the plugin loads, from dist/: the loader, every chunk it may import, the stylesheet. */
function libraryFiles() {
  const missing = ['autoload.js', 'chunks', 'newsroom-widgets.css'].filter((name) => !existsSync(join(DIST, name)));
  if (missing.length) throw new Error(`dist/ lacks ${missing.join(', ')}: run npm run build first.`);
  const chunks = readdirSync(join(DIST, 'chunks'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `chunks/${name}`);
  return ['autoload.js', ...chunks, 'newsroom-widgets.css'];
}

/** The plugin's version must be the library's: the plugin header, its constant and the readme say it. */
function checkVersions(version) {
  const main = readFileSync(join(PLUGIN_SOURCE, `${PLUGIN}.php`), 'utf8');
  const readme = readFileSync(join(PLUGIN_SOURCE, 'readme.txt'), 'utf8');
  const found = {
    'plugin header': /^\s*\*\s*Version:\s*(\S+)/m.exec(main)?.[1],
    NEWSROOM_WIDGETS_VERSION: /define\(\s*'NEWSROOM_WIDGETS_VERSION',\s*'([^']+)'/.exec(main)?.[1],
    'readme Stable tag': /^Stable tag:\s*(\S+)/m.exec(readme)?.[1],
  };
  const wrong = Object.entries(found).filter(([, value]) => value !== version);
  if (wrong.length) {
    throw new Error(`The plugin's version must be ${version} (package.json): ${wrong.map(([where, value]) => `${where} says ${value}`).join(', ')}.`);
  }
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? [path, ...walk(path)] : [path];
  });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(buffer);
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A zip of `dir`, entries under `prefix/`, deflated, with fixed times (the
 * same input gives the same bytes) and Unix modes.
 */
function zipDirectory(dir, prefix) {
  const DOS_TIME = 0; // 00:00:00
  const DOS_DATE = (2020 - 1980) << 9 | 1 << 5 | 1; // 2020-01-01
  const locals = [];
  const centrals = [];
  let offset = 0;
  const paths = [dir, ...walk(dir)].sort();
  for (const path of paths) {
    const isDir = statSync(path).isDirectory();
    const name = [prefix, relative(dir, path).split(sep).join('/')].filter(Boolean).join('/') + (isDir ? '/' : '');
    const nameBytes = Buffer.from(name, 'utf8');
    const data = isDir ? Buffer.alloc(0) : readFileSync(path);
    const packed = isDir ? data : zlib.deflateRawSync(data, { level: 9 });
    const method = isDir ? 0 : 8;
    const crc = isDir ? 0 : crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((((isDir ? 0o40755 : 0o100644) << 16) | (isDir ? 0x10 : 0)) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(paths.length, 8);
  end.writeUInt16LE(paths.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/**
 * Stages the plugin with its library files in `<outDir>/newsroom-widgets/`
 * and, unless `zip` is false, zips it next to it.
 * @returns {{ version: string, pluginDir: string, zipPath?: string, files: string[], bytes: number }}
 */
export function packageWordPress({ outDir = join(DIST, 'wordpress'), zip = true } = {}) {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  checkVersions(version);
  const files = libraryFiles();
  const pluginDir = join(outDir, PLUGIN);
  rmSync(pluginDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // The plugin's own files; a local assets/ folder (a developer's copy) is replaced.
  cpSync(PLUGIN_SOURCE, pluginDir, { recursive: true, filter: (src) => relative(PLUGIN_SOURCE, src).split(sep)[0] !== 'assets' });
  for (const file of files) {
    const target = join(pluginDir, 'assets', version, file);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(DIST, file), target);
  }
  let zipPath;
  let bytes = 0;
  if (zip) {
    zipPath = join(outDir, `${PLUGIN}-${version}.zip`);
    const archive = zipDirectory(pluginDir, PLUGIN);
    writeFileSync(zipPath, archive);
    bytes = archive.length;
  }
  return { version, pluginDir, zipPath, files, bytes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  try {
    const result = packageWordPress({ outDir: at >= 0 ? resolve(args[at + 1]) : undefined, zip: !args.includes('--no-zip') });
    console.log(`WordPress plugin ${result.version}: ${relative(ROOT, result.pluginDir) || result.pluginDir} (${result.files.length} library files in assets/${result.version}/)`);
    if (result.zipPath) console.log(`zip: ${relative(ROOT, result.zipPath)} (${(result.bytes / 1024).toFixed(1)} KB)`);
  } catch (error) {
    console.error(`package-wordpress: ${error.message}`);
    process.exit(1);
  }
}
