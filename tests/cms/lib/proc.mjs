// Child processes for the CMS test: commands that run to the end, and servers
// that run in their own process group so that one signal stops them and
// everything they started (php -S workers outlive their parent otherwise).
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, readdirSync } from 'node:fs';

/** Runs a command to its end; rejects with its output when it fails. */
export function run(command, args = [], { env, input, cwd, allowFailure = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: env ?? process.env, cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 || allowFailure) resolve({ code, stdout, stderr });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${(stderr || stdout).trim().slice(-3000)}`));
    });
    child.stdin.end(input ?? '');
  });
}

/**
 * Starts a long-running process as the leader of a new process group, its
 * output appended to `logFile`. `stop()` signals the whole group, waits for
 * the leader to exit, and kills the group if it does not within `graceMs`.
 */
export function startGroup(command, args, { env, cwd, logFile, graceMs = 5000 } = {}) {
  const log = openSync(logFile, 'a');
  const child = spawn(command, args, { env: env ?? process.env, cwd, detached: true, stdio: ['ignore', log, log] });
  closeSync(log);
  let exited = false;
  const exit = new Promise((resolve) => child.on('exit', (code, signal) => ((exited = true), resolve({ code, signal }))));
  child.on('error', () => {});
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group is gone already.
    }
  };
  return {
    pid: child.pid,
    get exited() {
      return exited;
    },
    exit,
    async stop() {
      signalGroup('SIGTERM');
      let timer;
      const timeout = new Promise((resolve) => (timer = setTimeout(resolve, graceMs, 'timeout')));
      const outcome = await Promise.race([exit, timeout]);
      clearTimeout(timer);
      if (outcome === 'timeout') signalGroup('SIGKILL');
      // Members of the group that outlived the leader (php -S workers).
      await waitFor(() => !groupAlive(child.pid), { timeoutMs: graceMs, what: `process group ${child.pid} to end` }).catch(() => {
        signalGroup('SIGKILL');
      });
      await waitFor(() => !groupAlive(child.pid), { timeoutMs: 5000, what: `process group ${child.pid} to end` }).catch(() => {});
    },
  };
}

/** Polls `check` until it returns a truthy value; rejects after `timeoutMs` with `what`. */
export async function waitFor(check, { timeoutMs = 30_000, intervalMs = 100, what = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${lastError.message}` : ''}`);
}

/**
 * Whether any process of the group led by `pid` is still running. Zombies do
 * not count: a killed worker whose new parent has not reaped it yet is gone.
 */
export function groupAlive(pid) {
  let entries;
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    entries = undefined;
  }
  if (!entries) {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  }
  return entries.some((name) => {
    try {
      // pid (comm) state ppid pgrp ...: read after the command name, which may hold spaces.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(pgrp) === pid && state !== 'Z';
    } catch {
      return false;
    }
  });
}
