// Laravel's session driver chosen in an env file a deploy loads: `SESSION_DRIVER=file` in `.env.production` or in a
// platform's env file (`.deploy/heroku/.env.heroku`, firefly-iii's) keeps every session on that dyno's or container's
// disk. The local `.env` and its templates (`.env.example`, `.env.dist`) are each developer's machine: silent there,
// as `SESSION_DRIVER=file` is Laravel's own default for a laptop.
import { baseName } from '../../languages/detect';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isProductionOnly } from '../../scope';
import { ADVICE, DISK, report } from './php';

/** Env files named for a deploy target (`.env.heroku`, `.env.staging`), or any env file under a deploy folder. */
const DEPLOY_ENV_NAME = /^\.env\.(?:heroku|fly|render|railway|dokku|staging|stage|live)$/i;
const DEPLOY_FOLDER = /(?:^|\/)\.?(?:deploy|deployment|heroku)\/(?:[^/]+\/)*\.env(?:\.[\w-]+)?$/i;
const TEMPLATE = /\.(?:example|sample|dist|template|tpl|defaults?)$/i;

function isDeployEnvFile(path: string): boolean {
  if (TEMPLATE.test(path)) return false;
  return isProductionOnly(path, {}) || DEPLOY_ENV_NAME.test(baseName(path)) || DEPLOY_FOLDER.test(path);
}

function check(context: RuleContext): void {
  if (!isDeployEnvFile(context.path)) return;
  for (const entry of context.parsed.dotenv) {
    if (entry.key !== 'SESSION_DRIVER' || entry.value.text.trim().toLowerCase() !== 'file') continue;
    report(context, entry.valueSpan, `Laravel's "file" session driver, set in this deploy's env file,`, DISK, `${ADVICE} (SESSION_DRIVER=redis, or database)`);
  }
}

export const dotenvDeployCheck: LanguageCheck = {
  languages: ['dotenv'],
  keywords: ['session_driver'],
  check,
};
