#!/usr/bin/env node
/// <reference types="node" />
/**
 * newsroom-widgets render [file|-] [options]: server-renders the widgets of
 * an HTML page or fragment (see renderToString) and writes it to stdout, or
 * to `--out`. Reads stdin when no file or `-` is given.
 * newsroom-widgets csp: the `style-src` sources that allow the inline styles.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { cspStyleSources, renderToString, type RenderOptions } from './index.js';

const USAGE = `Usage: newsroom-widgets render [file.html | -] [options]
       newsroom-widgets csp

render: gives every nw-* widget of an HTML page or fragment its
server-rendered shadow root (declarative shadow DOM). Reads stdin when no
file or "-" is given; writes stdout unless --out is given.
csp: prints the style-src sources that allow the widgets' inline styles
under a Content-Security-Policy ("style-src 'self' <these>").

Options:
  -o, --out <file>          write here instead of stdout
      --nonce <value>       <style nonce="value">, for a policy with that nonce
      --styles-href <url>   link each widget's stylesheet from this folder
                            (dist/ssr/*.css) instead of inline <style>: for
                            a strict CSP (style-src 'self') as it is
      --upgrade-embeds      first wrap raw X/Bluesky/Mastodon embed code in <nw-tweet-embed>
      --no-schema           write no schema.org JSON-LD
      --lang <tag>          a fragment's page language (a whole page says it in <html lang>)
      --dir <ltr|rtl>       a fragment's page direction
  -h, --help                show this help
`;

function fail(message: string): never {
  process.stderr.write(`newsroom-widgets: ${message}\n\n${USAGE}`);
  process.exit(2);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        nonce: { type: 'string' },
        'styles-href': { type: 'string' },
        'upgrade-embeds': { type: 'boolean' },
        'no-schema': { type: 'boolean' },
        lang: { type: 'string' },
        dir: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const [command, file, ...rest] = positionals;
  if (command === 'csp' && !file) {
    process.stdout.write(`${cspStyleSources()}\n`);
    return;
  }
  if (command !== 'render') fail(command ? `unknown command "${command}"` : 'no command given');
  if (values.nonce !== undefined && values['styles-href'] !== undefined) fail('--nonce and --styles-href exclude each other');
  if (rest.length) fail(`one input at a time (got ${[file, ...rest].join(', ')})`);
  if (values.dir !== undefined && values.dir !== 'ltr' && values.dir !== 'rtl') fail(`--dir must be ltr or rtl`);

  const input = file === undefined || file === '-' ? await readStdin() : readFileSync(file, 'utf8');
  const options: RenderOptions = {
    styles:
      values['styles-href'] !== undefined ? { href: values['styles-href'] } : values.nonce !== undefined ? { nonce: values.nonce } : 'inline',
    schema: !values['no-schema'],
    upgradeEmbeds: Boolean(values['upgrade-embeds']),
    lang: values.lang,
    dir: values.dir as RenderOptions['dir'],
  };
  const output = await renderToString(input, options);
  if (values.out) writeFileSync(values.out, output);
  else process.stdout.write(output);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`newsroom-widgets: ${(error as Error)?.stack ?? error}\n`);
  process.exit(1);
});
