// Which commands install dependencies or build the app: work for the build stage, never for the
// run stage. Reads words with quotes removed, after wrappers (`npx`, `env X=1`, `bundle exec`).
import { baseCommand, effectiveWords, PACKAGE_MANAGERS, scriptRun } from '../../commands/words';

export type BuildStepKind = 'install' | 'build';

/** A file without any of these cannot hold a build or install command. */
export const BUILD_KEYWORDS: readonly string[] = [
  'install', ' ci', 'yarn', 'build', 'tsc', 'webpack', 'compile', 'bundle', 'rollup', 'esbuild', 'babel', 'parcel',
  'gulp', 'grunt', 'precompile', 'collectstatic', 'publish', 'restore', 'assemble', 'bootjar', 'package', 'sync', 'go get',
  'prisma generate', 'apt-get', 'apk add', 'hatch env', 'compress', 'apidoc', 'typedoc', 'jsdoc',
];

/** Scripts whose name says they build: `build`, `build:prod`, `compile`, `bundle`, `prebuild`. */
const BUILD_SCRIPT = /^(pre)?(build|compile|bundle|tsc|webpack)([:\-_].*)?$/;
/** Flags that make a compiler or bundler watch or only type-check: not a build of the release. */
const NOT_A_BUILD_FLAG = /^(--noEmit|-w|--watch|--help|-h|--version|-v|serve|--serve)$/;

const INSTALL_VERBS = new Set(['install', 'i', 'ci', 'add']);

/** Whether the command installs dependencies or builds, and which. */
export function buildStepKind(words: readonly string[]): BuildStepKind | undefined {
  const script = scriptRun(words);
  if (script) return BUILD_SCRIPT.test(script.name) ? 'build' : undefined;
  const effective = effectiveWords(words);
  const [tool, verb, third] = effective.map((word, i) => (i === 0 ? baseCommand(word) : word));
  if (tool === undefined || effective.some((word) => NOT_A_BUILD_FLAG.test(word))) return undefined;
  if (PACKAGE_MANAGERS.has(tool)) return packageManagerStep(tool, verb);
  if (INSTALLERS[tool]?.(verb, third, effective)) return 'install';
  if (BUILDERS[tool]?.(verb, third, effective)) return 'build';
  return undefined;
}

function packageManagerStep(tool: string, verb: string | undefined): BuildStepKind | undefined {
  // A bare `yarn` installs; a bare `pnpm` or `bun` prints its help.
  if (verb === undefined) return tool === 'yarn' ? 'install' : undefined;
  if (INSTALL_VERBS.has(verb)) return 'install';
  return verb === 'build' && tool !== 'npm' ? 'build' : undefined;
}

type Matcher = (verb: string | undefined, third: string | undefined, words: readonly string[]) => boolean;

const is = (...verbs: string[]): Matcher => (verb) => verb !== undefined && verbs.includes(verb);
const always: Matcher = () => true;

/** Tools that install packages, by the verb that makes them do it. */
const INSTALLERS: Readonly<Record<string, Matcher>> = {
  pip: is('install'),
  pip3: is('install'),
  pipenv: is('install', 'sync'),
  poetry: is('install'),
  uv: (verb, third) => verb === 'sync' || (verb === 'pip' && (third === 'install' || third === 'sync')),
  pdm: is('install', 'sync'),
  rye: is('sync'),
  hatch: (verb, third) => verb === 'env' && third === 'create',
  python: (verb, third, words) => verb === '-m' && third === 'pip' && words.includes('install'),
  python3: (verb, third, words) => verb === '-m' && third === 'pip' && words.includes('install'),
  bundle: (verb) => verb === undefined || verb === 'install',
  composer: is('install', 'update', 'require'),
  go: is('get', 'install'),
  'apt-get': is('install'),
  apt: is('install'),
  apk: is('add'),
  yum: is('install'),
  dnf: is('install'),
  gem: is('install'),
  cargo: is('install'),
  dotnet: is('restore'),
};

/** Django commands that write the release's files: static files, django-compressor's offline bundles, message catalogues. */
const DJANGO_BUILDS = new Set(['collectstatic', 'compress', 'compilemessages']);

/** Tools that compile or bundle the app, by the verb that makes them do it. */
const BUILDERS: Readonly<Record<string, Matcher>> = {
  tsc: always,
  webpack: (verb) => verb !== 'serve',
  'webpack-cli': (verb) => verb !== 'serve',
  rollup: always,
  esbuild: always,
  parcel: is('build'),
  babel: (_verb, _third, words) => words.some((word) => word === '-d' || word === '--out-dir' || word === '-o' || word === '--out-file'),
  vite: is('build'),
  next: is('build'),
  nuxt: is('build', 'generate'),
  nuxi: is('build', 'generate'),
  nest: is('build'),
  ng: is('build'),
  'react-scripts': is('build'),
  'vue-cli-service': is('build'),
  gulp: (verb) => verb === undefined || /build|compile|dist/.test(verb),
  grunt: (verb) => verb === undefined || /build|compile|dist/.test(verb),
  go: is('build'),
  mvn: (_verb, _third, words) => words.some((word) => ['package', 'install', 'compile', 'verify'].includes(word)),
  mvnw: (_verb, _third, words) => words.some((word) => ['package', 'install', 'compile', 'verify'].includes(word)),
  gradle: (_verb, _third, words) => words.some((word) => /^(build|assemble|bootJar|installDist|shadowJar|jar)$/.test(word)),
  gradlew: (_verb, _third, words) => words.some((word) => /^(build|assemble|bootJar|installDist|shadowJar|jar)$/.test(word)),
  cargo: is('build'),
  dotnet: is('build', 'publish'),
  rails: is('assets:precompile'),
  rake: is('assets:precompile'),
  prisma: is('generate'),
  // manage.py by any path, as startup-migration reads it: `python $APP_HOME/manage.py collectstatic`, `./manage.py compress`.
  python: (verb, third) => isManagePy(verb) && DJANGO_BUILDS.has(third ?? ''),
  python3: (verb, third) => isManagePy(verb) && DJANGO_BUILDS.has(third ?? ''),
  'manage.py': (verb) => DJANGO_BUILDS.has(verb ?? ''),
  // Flask-Assets' bundles and Flask-Static-Digest's hashed copies: files the release should already hold.
  flask: (verb, third) => (verb === 'assets' && third === 'build') || (verb === 'digest' && third === 'compile'),
  // API documentation generated from the source (apidoc, TypeDoc, JSDoc): the same files for every start of a release.
  apidoc: always,
  typedoc: always,
  jsdoc: always,
};

function isManagePy(word: string | undefined): boolean {
  return word !== undefined && baseCommand(word) === 'manage.py';
}

/** Generators of documentation from the source: a build step, named as what it makes. */
export const DOC_GENERATORS: ReadonlySet<string> = new Set(['apidoc', 'typedoc', 'jsdoc']);
