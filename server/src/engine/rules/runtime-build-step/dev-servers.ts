// Which start commands run a development server: a watcher that rebuilds and restarts on file
// changes, a framework's own development server, or a command that compiles the source at every
// start (`go run`, `gradle bootRun`). Each is the run stage of a laptop, never of a release.
// Reads words with quotes removed, after wrappers (`npx`, `env X=1`, `bundle exec`, `python -m`).
import { baseCommand, effectiveWords, scriptRun } from '../../commands/words';
import { FLASK_VALUED, operands, pythonCommandWords } from '../../commands/kinds';

/** A file without any of these cannot start a development server (`"go"`, `"-s"`: the exec form's `["go", "run", …]`, `["php", "-S", …]`). */
/** The last `CMD`/`ENTRYPOINT` of a Dockerfile (the final stage's process), in either form. */
const DOCKER_PROCESS = /^[ \t]*(?:CMD|ENTRYPOINT)[ \t]+([^\n]{1,2000})$/gim;
/** `npm start`, `yarn start`, `pnpm run start`, `bun run start`, in shell or exec form. */
const PACKAGE_START = /(?:^|[\s"'[,])(?:npm|yarn|pnpm|bun)["',\s]+(?:run["',\s]+)?start(?=["'\s\],]|$)/;
/** A Procfile's `web: npm start`. */
const PROCFILE_PACKAGE_START = /^web:[ \t]*(?:npm|yarn|pnpm|bun)[ \t]+(?:run[ \t]+)?start(?:[ \t]|$)/m;

/** Whether a Dockerfile's process (its last CMD or ENTRYPOINT) or a Procfile's web process runs the package's `start` script. */
export function runsPackageStart(fileName: string, text: string): boolean {
  if (fileName === 'Procfile') return PROCFILE_PACKAGE_START.test(text);
  const processes = [...text.matchAll(DOCKER_PROCESS)];
  const last = processes[processes.length - 1];
  return last !== undefined && PACKAGE_START.test(last[1]!);
}

export const DEV_SERVER_KEYWORDS: readonly string[] = [
  'nodemon', 'node-dev', 'tsnd', 'watch', '--reload', '--hot', 'vite', 'react-scripts', 'vue-cli-service', ' ng serve', '"ng"',
  // DEV_SCRIPT's separators: `start:dev`, `start_dev`, `serve-local`, and a name that starts with one (`"dev-server"`).
  'run dev', '"dev', ':dev', ':debug', ':local', '_dev', '-dev', '_debug', '-debug', '_local', '-local', 'yarn dev', 'pnpm dev', 'bun dev', 'next dev', 'nuxt dev', 'nuxi dev', 'fastapi dev',
  'flask', 'runserver', 'artisan', 'php -s', '"-s"', 'symfony', '-e development', '"development"', 'env=development',
  'environment=development', 'go run', '"go"', 'bootrun', 'spring-boot:run', 'quarkus', 'nest start', '"nest"',
  // Watchers of other languages (`watch` above covers `cargo watch`, `dotnet watch`, `pm2 --watch`); the short, common
  // names (`air`, `gin`, `guard`, `fresh`) by DEV_SERVER_PATTERNS instead, where a command stands.
  'rerun', 'shotgun', 'watchexec', 'compiledaemon',
];

/** Watchers whose names are common words or parts of them (`refresh`, `safeguard`, `engine`), as a command word: after a line's start, a space, a quote, `[`, `,` or `:`. */
export const DEV_SERVER_PATTERNS: readonly RegExp[] = [/(?:^|[\s"'[,:])(?:air|gin|guard|fresh|reflex|entr)(?=[\s"',\]]|$)/m];

/** npm scripts named for development: `dev`, `start:dev`, `serve:local`, `start:debug` (tests are no server). */
const DEV_SCRIPT = /(^|[:\-_])(dev|development|local|watch|debug)([:\-_]|$)/;
/** A development environment named on the command line: `rails s -e development`, `RAILS_ENV=development rails s`. */
const DEV_ENVIRONMENT = /^(-e|--environment)?=?(dev|development)$/;

type Matcher = (verb: string | undefined, words: readonly string[]) => boolean;

const always: Matcher = () => true;
const is = (...verbs: string[]): Matcher => (verb) => verb !== undefined && verbs.includes(verb);
const reloading: Matcher = (_verb, words) => words.includes('--reload');
/** A watcher's own set-up verbs (`air init`, `guard init`) write its config and start nothing. */
const watching: Matcher = (verb) => verb !== 'init' && verb !== 'list' && verb !== 'help' && verb !== '--help' && verb !== '-h' && verb !== '--version' && verb !== '-v';
/** Spring Boot's and Quarkus's run tasks compile the source and start it: `./gradlew bootRun`, `mvn spring-boot:run`. */
const gradleRun: Matcher = (_verb, words) => words.some((word) => word === 'bootRun' || word === 'quarkusDev');
const mavenRun: Matcher = (_verb, words) => words.some((word) => word === 'spring-boot:run' || word === 'quarkus:dev');

/** Tools that run a development server, by the verb or flags that make them do it. */
const DEV_SERVERS: Readonly<Record<string, Matcher>> = {
  // JS/TS: watchers, the runtimes' watch modes, frameworks' dev servers.
  nodemon: always,
  'ts-node-dev': always,
  tsnd: always,
  'node-dev': always,
  node: (_verb, words) => words.some((word) => /^--watch(-path)?(=.*)?$/.test(word)),
  bun: (_verb, words) => words.includes('--watch') || words.includes('--hot'),
  deno: (verb, words) => verb === 'run' && words.some((word) => /^--watch(=.*)?$/.test(word)),
  tsx: is('watch'),
  // `nest start` compiles the TypeScript (tsc or swc into dist/) and then runs it, on every start; `--watch` also watches.
  nest: is('start'),
  next: is('dev'),
  nuxt: is('dev'),
  nuxi: is('dev'),
  vite: (verb) => verb === undefined || verb === 'dev' || verb === 'serve' || verb.startsWith('-'),
  ng: is('serve'),
  'react-scripts': is('start'),
  'vue-cli-service': is('serve'),
  'webpack-dev-server': always,
  webpack: is('serve'),
  // Python: the frameworks' development servers and the app servers' reload mode.
  flask: (_verb, words) => operands(words.slice(1), FLASK_VALUED)[0] === 'run',
  'manage.py': is('runserver', 'runserver_plus'),
  'django-admin': is('runserver'),
  uvicorn: reloading,
  gunicorn: reloading,
  hypercorn: reloading,
  fastapi: is('dev'),
  // PHP, Ruby, Go, JVM: the built-in servers, a development environment, compiling at start.
  php: (verb, words) => verb === '-S' || (baseCommand(verb ?? '') === 'artisan' && words[2] === 'serve'),
  symfony: is('serve', 'server:start'),
  rails: (verb, words) => (verb === 's' || verb === 'server') && words.some((word) => DEV_ENVIRONMENT.test(word)),
  go: is('run'),
  gradle: gradleRun,
  gradlew: gradleRun,
  mvn: mavenRun,
  mvnw: mavenRun,
  // Other languages' watchers, which rebuild or restart the app on every change of its files: Ruby's rerun, guard and
  // shotgun (a fork per request), Go's air, gin (codegangsta), CompileDaemon, fresh and reflex, Rust's cargo watch,
  // .NET's dotnet watch, and the language-neutral watchexec and entr.
  rerun: watching,
  guard: watching,
  shotgun: watching,
  air: watching,
  gin: watching,
  compiledaemon: watching,
  fresh: watching,
  reflex: watching,
  watchexec: watching,
  entr: watching,
  'cargo-watch': watching,
  cargo: is('watch'),
  dotnet: is('watch'),
  // pm2 restarts the app on every file change with `--watch`: a laptop's loop, whatever pm2 does otherwise.
  pm2: (verb, words) => verb === 'start' && words.some((word) => word === '--watch' || word === '-w'),
};

/** Tools that only watch the source and restart it: a development loop whatever the app is. */
const WATCHERS = new Set(['nodemon', 'ts-node-dev', 'tsnd', 'node-dev', 'node', 'bun', 'deno', 'tsx']);

/** Whether the command is a watcher (`nodemon`, `ts-node-dev`, `node --watch`, `tsx watch`), not a framework's dev server. */
export function isWatcher(words: readonly string[]): boolean {
  if (scriptRun(words)) return false;
  const name = devServerName(words);
  return name !== undefined && WATCHERS.has(name.split(' ')[0]!);
}

/** The development server the command starts, named from our own vocabulary; undefined for any other command. */
export function devServerName(words: readonly string[]): string | undefined {
  const script = scriptRun(words);
  if (script) return DEV_SCRIPT.test(script.name) ? 'a development script' : undefined;
  // `RAILS_ENV=development rails s`: the assignment is peeled off by effectiveWords, so read it here.
  const developmentEnv = words.some((word) => /^(RAILS_ENV|RACK_ENV)=development$/.test(word));
  const effective = pythonCommandWords(effectiveWords(words));
  // `python manage.py runserver` is manage.py's command, as `./manage.py runserver` is.
  const throughPython = baseCommand(effective[0] ?? '') === 'python' && baseCommand(effective[1] ?? '') === 'manage.py';
  const rest = throughPython ? effective.slice(1) : effective;
  const command = baseCommand(rest[0] ?? '');
  const matches = DEV_SERVERS[command]?.(rest[1], developmentEnv ? [...rest, '-e', 'development'] : rest);
  return matches ? nameOf(command, rest[1]) : undefined;
}

function nameOf(command: string, verb: string | undefined): string {
  if (command === 'php') return verb === '-S' ? 'php -S' : 'php artisan serve';
  if (command === 'manage.py' || command === 'django-admin') return 'runserver';
  if (command === 'compiledaemon') return 'CompileDaemon';
  return ['go', 'flask', 'next', 'nuxt', 'nuxi', 'ng', 'tsx', 'fastapi', 'webpack', 'rails', 'nest', 'cargo', 'dotnet'].includes(command) ? `${command} ${command === 'flask' ? 'run' : verb}` : command;
}
