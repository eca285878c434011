// package.json scripts that start the app and migrate first (`knex migrate:latest && node
// server.js`), or a `prestart` that migrates (npm runs it on every `npm start`).
import { LOCAL_SEGMENT, START_SCRIPT } from '../../commands/start-commands';
import { baseName } from '../../languages/detect';
import { jsonProperties, jsonProperty, jsonStringText, type JsonNode } from '../../languages/json';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ImportedMigration, MoveToScriptFix } from '../../types';
import { appCommandRun, appCommandsIn, NODE_SCRIPT, runnerScripts } from './app-commands';
import { migrationsInScript, type MigrationHit } from './config-analysis';
import { scriptRun } from '../../commands/words';
import { MIGRATION_KEYWORDS } from './config-commands';

/** One-off, build, local-development and test scripts: a migration there is not on the start path. */
const NOT_ON_START = /migrat|^(db|release|deploy|predeploy|postdeploy|heroku-|build|prebuild|postbuild|postinstall|prepare|test|pretest|posttest|e2e|dev|predev|watch|seed|setup|reset|lint|ci)([:\-_].*)?$/;

function check(context: RuleContext): void {
  if (baseName(context.path) !== 'package.json') return;
  const scripts = jsonProperty(context.parsed.json.root, 'scripts');
  // `"start": "npm run setup && node server.js"` where this package's `setup` migrates: followed within the file.
  let ownScripts: ImportedMigration[] | undefined;
  // `"boot": "node scripts/boot.mjs"` whose file runs `execSync('npx prisma migrate deploy')`: the node layer read it.
  const nodeScripts = (context.options.importedMigrations ?? []).filter((fact) => fact.module === NODE_SCRIPT);
  const appCommand = (words: readonly string[]) =>
    scriptRun(words) || runnerScripts(words) ? appCommandRun(words, (ownScripts ??= appCommandsIn(context.path, context.text, undefined, nodeScripts))) : appCommandRun(words, nodeScripts);
  for (const [nameNode, valueNode] of jsonProperties(scripts)) {
    const name = String(nameNode.value);
    if (valueNode.type !== 'string' || NOT_ON_START.test(name) || LOCAL_SEGMENT.test(name)) continue;
    // `"start-docker": "npm-run-all db:deploy start-server"`: the runner starts the app after the migration itself.
    const startScript = START_SCRIPT.test(name) || startsAfterRunning(String(valueNode.value));
    const script = jsonStringText(context.text, valueNode);
    for (const hit of migrationsInScript(script, { requireStart: !startScript, appCommand })) {
      const fix = fixFor(scripts, hit);
      context.report({
        span: hit.span,
        message:
          `Factor XII: the "${name}" script runs a database migration every time the app starts; ` +
          'run it once per release as a one-off process (an npm "migrate" script, a release phase) instead.',
        ...(fix ? { fix } : {}),
      });
    }
  }
}

/** A script that is one runner naming several scripts (`run-s db:deploy start-server`): what runs after the first is the app. */
function startsAfterRunning(script: string): boolean {
  if (/[;&|]/.test(script)) return false;
  return (runnerScripts(script.replace(/["']/g, '').trim().split(/\s+/)) ?? []).length > 1;
}

function fixFor(scripts: JsonNode | undefined, hit: MigrationHit): MoveToScriptFix | undefined {
  // A runner's command also starts the app (`npm-run-all db:deploy start-server`): removing it would stop that too.
  if (!hit.removal || runnerScripts(hit.words)) return undefined;
  // `node scripts/boot.mjs` migrates and then starts the server: moving it would move the server too.
  if (hit.appCommand?.module === NODE_SCRIPT) return undefined;
  const target = targetScript(scripts, hit);
  return {
    kind: 'move-to-script',
    title: `Move the migration to a "${target.name}" script`,
    edits: [{ span: hit.removal, text: '' }],
    scriptName: target.name,
    command: target.command,
  };
}

/** `npm run migrate && ...` already has its script: keep it. Otherwise "migrate", unless taken by another command. */
function targetScript(scripts: JsonNode | undefined, hit: MigrationHit): { name: string; command: string } {
  const existing = (name: string): string | undefined => {
    const node = jsonProperty(scripts, name);
    return typeof node?.value === 'string' ? node.value : undefined;
  };
  const run = scriptRun(hit.words);
  const runCommand = run ? existing(run.name) : undefined;
  if (run && runCommand !== undefined) return { name: run.name, command: runCommand };
  const name = ['migrate', 'migrate:deploy', 'db:migrate:deploy'].find((candidate) => {
    const command = existing(candidate);
    return command === undefined || command === hit.command;
  });
  return { name: name ?? 'migrate:release', command: hit.command };
}

export const packageJsonCheck: LanguageCheck = {
  languages: ['json'],
  keywords: [],
  // A migration's own words, or a Node script a script runs that migrates (the node layer's fact).
  mayReport: (file) => (file.options.importedMigrations?.length ?? 0) > 0 || MIGRATION_KEYWORDS.some((keyword) => file.lowered.includes(keyword)),
  check,
};
