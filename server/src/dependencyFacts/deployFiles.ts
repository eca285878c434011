// What the files that build and start a deploy say, for Factor II: the system packages a Dockerfile or Aptfile
// installs, and the shell scripts a Dockerfile, Procfile or compose file starts as the app's process (and whether
// the release's image or process is the package's `npm start`). Read lexically, one folder at a time.
import type { Dirent } from 'node:fs';
import { basename, join } from 'node:path';
import { isDevOnlyComposeFile, isDevOnlyImage } from '../engine/rules/compose-files';
import { runsPackageStart } from '../engine/rules/runtime-build-step/dev-servers';
import { readSmall } from './read';

/** System packages that a Dockerfile or Aptfile in the folder installs, and the scripts a Dockerfile or a compose file starts. */
export function readSystemPackages(folder: string, entries: readonly Dirent[]): { packages: string[]; scripts: string[]; devScripts: string[]; procfileScripts: string[]; packageStartRunBy?: string } {
  const packages: string[] = [];
  const scripts: string[] = [];
  /** Scripts a development image (`Dockerfile.dev`) starts. */
  const devScripts: string[] = [];
  const procfileScripts: string[] = [];
  let packageStartRunBy: string | undefined;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const lower = entry.name.toLowerCase();
    const compose = RELEASE_COMPOSE_FILE.test(lower) && !isDevOnlyComposeFile(lower);
    const text = compose || lower === 'aptfile' || lower === 'dockerfile' || lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile') || lower === 'containerfile' || entry.name === 'Procfile'
      ? readSmall(join(folder, entry.name))
      : undefined;
    if (text === undefined) continue;
    if (compose) {
      scripts.push(...composeStartedScripts(text));
      continue;
    }
    // The release's image or process, not a Dockerfile.dev's: `npm start` there is the developer's.
    if ((lower === 'dockerfile' || lower === 'containerfile' || entry.name === 'Procfile') && runsPackageStart(entry.name, text)) packageStartRunBy ??= entry.name;
    if (entry.name === 'Procfile') {
      procfileScripts.push(...procfileStartedScripts(text));
      continue;
    }
    if (lower === 'aptfile') packages.push(...text.split(/\r?\n/).map((line) => line.trim()).filter((line) => /^[a-z0-9][a-z0-9+.-]*$/.test(line)));
    else {
      packages.push(...installedPackages(text));
      (isDevOnlyImage(lower, undefined) ? devScripts : scripts).push(...startedScripts(text));
    }
  }
  return { packages, scripts, devScripts, procfileScripts, ...(packageStartRunBy !== undefined ? { packageStartRunBy } : {}) };
}

/**
 * The shell scripts a Procfile's processes run (`web: bash Procfile.sh`, `worker: ./bin/worker.sh`, `web: bin/web`), by base
 * name; not the `release` process's, which runs once per release (where a migration belongs).
 */
export function procfileStartedScripts(procfile: string): string[] {
  const scripts: string[] = [];
  for (const match of procfile.matchAll(/^[ \t]*([\w-]{1,100})[ \t]*:[ \t]*(.{1,2000})$/gm)) {
    if (match[1]!.toLowerCase() === 'release') continue;
    const script = processScript(match[2]!.split(/[ \t]+/));
    if (script !== undefined) scripts.push(script);
  }
  return scripts;
}

/**
 * The script a process command runs as its first word, by base name: one ending in `.sh`/`.bash` or naming a path
 * (`./start`, `/app/bin/start.sh`, `bin/web`; a bare word is a command on the PATH). After `bash`/`sh`/`exec` the next
 * word is the script (`sh -c "…"` is the shell's own: `-c` is no script), and after `python` a `.py` script
 * (`web: python run.py`). Procfiles and compose files read alike.
 */
function processScript(split: readonly string[]): string | undefined {
  const words = split.filter((word) => word.length > 0);
  const first = words[0] === 'bash' || words[0] === 'sh' || words[0] === 'exec' || /^python[\d.]*$/.test(words[0] ?? '') ? words[1] : words[0];
  return first !== undefined && /^[\w./-]{1,500}$/.test(first) && /\.(?:sh|bash|py)$|\//.test(first) && !first.startsWith('-') ? basename(first) : undefined;
}

/**
 * The shell (and Python) scripts an image starts: words of `ENTRYPOINT`/`CMD` (exec or shell form) ending in `.sh` or `.py` or naming a
 * path (`./develop.sh`, `/app/docker/web.sh`, `bash docker/app.sh`), by base name. Which stage is final is not
 * weighed: a script an earlier stage names is still one the project runs as a container's process.
 */
export function startedScripts(dockerfile: string): string[] {
  const scripts: string[] = [];
  for (const match of dockerfile.matchAll(/^[ \t]*(?:ENTRYPOINT|CMD)[ \t]+(.{1,2000})$/gim)) {
    for (const word of match[1]!.split(/[\s,[\]"']+/)) {
      if (/^[\w./-]{1,500}$/.test(word) && (/\.(?:sh|py)$/.test(word) || /^\.?\//.test(word) || word.includes('/'))) scripts.push(basename(word));
    }
  }
  return scripts;
}

/** Compose files, a development one (`compose.override.yml`, `docker-compose.dev.yml`) left out: a laptop's. */
const RELEASE_COMPOSE_FILE = /^(?:docker-)?compose(?:[.-][\w-]+)?\.ya?ml$/;

/**
 * The shell scripts a compose service starts as its container's process: `command: docker/startup.sh`,
 * `entrypoint: ["/app/bin/start.sh"]` (one line, as `startedScripts` reads a Dockerfile's), by base name.
 */
export function composeStartedScripts(compose: string): string[] {
  const scripts: string[] = [];
  for (const match of compose.matchAll(/^[ \t]*(?:command|entrypoint):[ \t]*(.{1,2000})$/gm)) {
    // The process is the first word (`sh -c "…"` is the shell's: its script is read where the compose file is).
    const script = processScript(match[1]!.replace(/[ \t]#.*$/, '').split(/[\s,[\]"']+/));
    if (script !== undefined) scripts.push(script);
  }
  return scripts;
}

/** The package words after `apt-get install`, `apt install`, `apk add`, `yum/dnf install`. */
export function installedPackages(dockerfile: string): string[] {
  const joined = dockerfile.replace(/\\\r?\n/g, ' ');
  const packages: string[] = [];
  for (const match of joined.matchAll(/\b(?:apt-get|apt|yum|dnf|microdnf)\s+(?:-\S+\s+)*install\s+([^&;|\n]*)|\bapk\s+(?:-\S+\s+)*add\s+([^&;|\n]*)/g)) {
    const words = (match[1] ?? match[2] ?? '').split(/\s+/);
    packages.push(...words.filter((word) => /^[a-z0-9][a-z0-9+.-]*(=[^\s]*)?$/.test(word)).map((word) => word.split('=')[0]!));
  }
  return packages;
}
