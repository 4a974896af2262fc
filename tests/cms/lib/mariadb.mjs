// A throwaway MariaDB server: its own data directory and socket in the test's
// temporary folder, no TCP port, started without systemd and stopped as a
// process group.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { run, startGroup, waitFor } from './proc.mjs';

function findBinary(names) {
  const dirs = ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin'];
  for (const name of names) for (const dir of dirs) if (existsSync(join(dir, name))) return join(dir, name);
  throw new Error(`None of ${names.join(', ')} found; is mariadb-server installed?`);
}

/**
 * Initialises a data directory in `dir`, starts the server on a socket
 * there, and creates the database and user.
 * @returns {Promise<{socket: string, database: string, user: string, password: string, stop: () => Promise<void>}>}
 */
export async function startMariaDB(dir, { database = 'wordpress_test', user = 'wp_test', password = 'wp-test-password' } = {}) {
  const dataDir = join(dir, 'data');
  const socket = join(dir, 'mysqld.sock');
  mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  const userArgs = asRoot ? ['--user=root'] : [];
  await run(findBinary(['mariadb-install-db', 'mysql_install_db']), [
    '--no-defaults',
    `--datadir=${dataDir}`,
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
    ...userArgs,
  ]);
  const server = startGroup(
    findBinary(['mariadbd', 'mysqld']),
    [
      '--no-defaults',
      `--datadir=${dataDir}`,
      `--socket=${socket}`,
      `--pid-file=${join(dir, 'mysqld.pid')}`,
      `--log-error=${join(dir, 'mysqld.err')}`,
      '--skip-networking',
      '--innodb-buffer-pool-size=32M',
      '--skip-log-bin',
      ...userArgs,
    ],
    { logFile: join(dir, 'mysqld.out'), graceMs: 15_000 },
  );
  const client = findBinary(['mariadb', 'mysql']);
  const sql = (statement) => run(client, ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement]);
  try {
    await waitFor(async () => {
      if (server.exited) throw new Error(`mariadbd exited; see ${join(dir, 'mysqld.err')}`);
      return existsSync(socket) && (await sql('SELECT 1')).code === 0;
    }, { timeoutMs: 60_000, what: 'MariaDB to accept connections' });
    await sql(
      `CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; ` +
        `CREATE USER '${user}'@'localhost' IDENTIFIED BY '${password}'; ` +
        `GRANT ALL PRIVILEGES ON \`${database}\`.* TO '${user}'@'localhost';`,
    );
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { socket, database, user, password, pid: server.pid, stop: () => server.stop() };
}
