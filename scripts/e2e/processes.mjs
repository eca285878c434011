// Every long-lived process the e2e scripts start goes through here: each gets its own process group,
// so stopping it also stops its children (code-server's extension host, chromium's renderers).
import { spawn } from 'node:child_process';

const running = new Set();

export function startProcess(name, command, args, options = {}) {
  const child = spawn(command, args, { ...options, detached: true, stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'] });
  const entry = { name, child, exited: new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal }))) };
  running.add(entry);
  entry.exited.then(() => running.delete(entry));
  return entry;
}

function signalGroup(pid, signal) {
  try { process.kill(-pid, signal); } catch { /* group already gone */ }
}

// SIGTERM the group, then SIGKILL what is left after the grace period.
export async function stopProcess(entry, graceMs = 5000) {
  const { pid } = entry.child;
  if (!pid) return;
  signalGroup(pid, 'SIGTERM');
  const timedOut = await Promise.race([
    entry.exited.then(() => false),
    new Promise((resolve) => setTimeout(() => resolve(true), graceMs).unref()),
  ]);
  // The leader may exit before its children; kill the group either way.
  signalGroup(pid, 'SIGKILL');
  if (timedOut) console.warn(`[e2e] ${entry.name} did not stop within ${graceMs} ms; killed`);
  running.delete(entry);
}

export async function stopAll() {
  await Promise.all([...running].reverse().map((entry) => stopProcess(entry)));
}

// Last resort on abrupt exits: synchronous SIGKILL of every tracked group.
function killAllNow() {
  for (const entry of running) if (entry.child.pid) signalGroup(entry.child.pid, 'SIGKILL');
}

let hooked = false;
let stoppingOnSignal = false;
/** True once Ctrl-C (or SIGTERM/SIGHUP) started the shutdown: exits that follow are expected. */
export const isStoppingOnSignal = () => stoppingOnSignal;
export function stopAllOnExit() {
  if (hooked) return;
  hooked = true;
  process.on('exit', killAllNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      stoppingOnSignal = true;
      console.log(`\n[e2e] ${signal}: stopping processes`);
      stopAll().finally(() => process.exit(130));
    });
  }
}

export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
