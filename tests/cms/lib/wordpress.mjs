// Debian's WordPress, set up for one test run: a host config file in
// /etc/wordpress (Debian picks it by the request's host, without the port),
// a wp-content folder of the test's own, the site installed with wp_install()
// from PHP's CLI, and PHP's built-in server with a router.
import { existsSync, mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, startGroup, waitFor } from './proc.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const WP_FILES = join(HERE, '..', 'wp');
export const HOST = '127.0.0.1';
const MARK = 'Written by tests/cms/run.mjs for one test run; removed when it ends.';

/** Where Debian's package put WordPress and the Twenty Twenty-One theme. */
export function findWordPress() {
  const abspath = ['/usr/share/wordpress'].find((dir) => existsSync(join(dir, 'wp-settings.php')));
  if (!abspath) throw new Error('WordPress is not in /usr/share/wordpress; is the wordpress package installed?');
  if (!existsSync(join(abspath, 'wp-config.php'))) throw new Error(`${abspath}/wp-config.php is missing (the Debian package's config loader).`);
  const theme = [join(abspath, 'wp-content/themes/twentytwentyone'), '/var/lib/wordpress/wp-content/themes/twentytwentyone'].find((dir) =>
    existsSync(join(dir, 'style.css')),
  );
  if (!theme) throw new Error('The Twenty Twenty-One theme is missing; install wordpress-theme-twentytwentyone.');
  const version = /\$wp_version\s*=\s*'([^']+)'/.exec(readFileSync(join(abspath, 'wp-includes/version.php'), 'utf8'))?.[1];
  return { abspath, theme, version };
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Writes /etc/wordpress/config-127.0.0.1.php (keeping a file that was there
 * aside, to be put back by the returned `restore`).
 */
export function writeConfig({ db, contentDir, port, fixtures, httpLog, debugLog }) {
  const file = `/etc/wordpress/config-${HOST}.php`;
  const backup = `${file}.before-cms-test`;
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (error) {
    throw new Error(`Cannot write ${file} (${error.code}): run the test as root.`);
  }
  // A file left by an earlier run that was killed is ours to replace, not to keep.
  const hadOne = existsSync(file) && !readFileSync(file, 'utf8').includes(MARK);
  if (hadOne) renameSync(file, backup);
  const php = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  writeFileSync(
    file,
    `<?php
// ${MARK}
define( 'DB_NAME', ${php(db.database)} );
define( 'DB_USER', ${php(db.user)} );
define( 'DB_PASSWORD', ${php(db.password)} );
define( 'DB_HOST', ${php(`localhost:${db.socket}`)} );
define( 'WP_HOME', ${php(`http://${HOST}:${port}`)} );
define( 'WP_SITEURL', ${php(`http://${HOST}:${port}`)} );
define( 'WP_CONTENT_DIR', ${php(contentDir)} );
define( 'WP_CONTENT_URL', ${php(`http://${HOST}:${port}/wp-content`)} );
// Application passwords over plain http.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'FS_METHOD', 'direct' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', ${php(debugLog)} );
define( 'NW_TEST_FIXTURES', ${php(fixtures)} );
define( 'NW_TEST_HTTP_LOG', ${php(httpLog)} );
$table_prefix = 'wp_';
`,
  );
  return {
    file,
    restore() {
      rmSync(file, { force: true });
      if (hadOne) renameSync(backup, file);
    },
  };
}

/** A wp-content folder of the test's own, with the theme and the test's must-use plugin. */
export function makeContentDir(dir, { theme }) {
  for (const sub of ['themes', 'plugins', 'mu-plugins', 'uploads', 'upgrade']) mkdirSync(join(dir, sub), { recursive: true });
  symlinkSync(theme, join(dir, 'themes', 'twentytwentyone'));
  writeFileSync(join(dir, 'mu-plugins', 'newsroom-widgets-test-fixtures.php'), readFileSync(join(WP_FILES, 'mu-plugin-fixtures.php')));
  return dir;
}

/** Runs a PHP script of tests/cms/wp with WordPress loaded; returns its JSON answer. */
export async function wpScript(name, env) {
  const { stdout } = await run('php', [join(WP_FILES, name)], { env: { ...process.env, NW_HOST: HOST, ...env } });
  const last = stdout.trim().split('\n').pop();
  try {
    return JSON.parse(last);
  } catch {
    throw new Error(`${name} printed no JSON answer:\n${stdout.slice(-2000)}`);
  }
}

/** Serves WordPress with `php -S` and tests/cms/wp/router.php, in its own process group. */
export async function startServer({ abspath, contentDir, port, logFile }) {
  const server = startGroup('php', ['-S', `${HOST}:${port}`, '-t', abspath, join(WP_FILES, 'router.php')], {
    env: { ...process.env, NW_WP_CONTENT_DIR: contentDir, PHP_CLI_SERVER_WORKERS: '4' },
    logFile,
  });
  try {
    await waitFor(async () => {
      if (server.exited) throw new Error(`php -S exited; see ${logFile}`);
      const response = await fetch(`http://${HOST}:${port}/?rest_route=/`);
      return response.ok;
    }, { timeoutMs: 30_000, what: 'php -S to answer' });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}
