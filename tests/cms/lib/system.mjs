// Debian packages the CMS test needs: WordPress (which brings PHP and, as a
// dependency, apache2), MariaDB, PHP's CLI and MySQL driver, and a theme.
import { existsSync, writeFileSync, rmSync, chmodSync } from 'node:fs';
import { run } from './proc.mjs';

export const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentyone', 'mariadb-server', 'php-cli', 'php-mysql'];
const POLICY = '/usr/sbin/policy-rc.d';

async function installed(name) {
  const { code, stdout } = await run('dpkg-query', ['-W', '-f=${Status}', name], { allowFailure: true });
  return code === 0 && stdout.includes('install ok installed');
}

/**
 * Installs what is missing with apt-get. Services must not start (there is
 * no init system in CI, and apache2 would take port 80): a policy-rc.d that
 * says no is put in place for the install and removed after, unless one was
 * there already.
 * @returns {Promise<string[]>} the packages it installed.
 */
export async function ensurePackages(log) {
  const missing = [];
  for (const name of PACKAGES) if (!(await installed(name))) missing.push(name);
  if (!missing.length) return [];
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing Debian packages: ${missing.join(' ')}. Install them (sudo apt-get install -y --no-install-recommends ${missing.join(' ')}) or run this test as root.`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const ownPolicy = !existsSync(POLICY);
  if (ownPolicy) {
    writeFileSync(POLICY, '#!/bin/sh\n# Written by tests/cms for the length of an apt-get install: start no services.\nexit 101\n');
    chmodSync(POLICY, 0o755);
  }
  try {
    const known = await run('apt-cache', ['show', ...missing], { allowFailure: true });
    if (known.code !== 0) {
      log('apt-get update');
      await run('apt-get', ['update', '-qq'], { env });
    }
    log(`apt-get install ${missing.join(' ')}`);
    await run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], { env });
  } finally {
    if (ownPolicy) rmSync(POLICY, { force: true });
  }
  return missing;
}
