import { docsUrl, type LanguageCheck, type Rule } from '../../rule';
import { javascriptSinkKeyCheck } from './javascript-imported-keys';
import { pythonSinkKeyCheck } from './python-imported-keys';
import { asLocalDevelopmentValue, DEVELOPMENT_CODE_NOTE, isStockDevPassword, withCredentialConfidence } from '../../secrets/confidence';
import { inDevelopmentCode } from '../development-code';
import { isDevOnlyComposeFile } from '../compose-files';
import { isDevelopmentOnly, isProductionOnly } from '../../scope';
import type { Report } from '../../types';
import { configChecks } from './config';
import { javascriptCheck } from './javascript';
import { javascriptLaterUseCheck } from './javascript-later-uses';
import { javascriptPasswordMapCheck } from './javascript-password-maps';
import { pythonPasswordMapCheck } from './python-password-maps';
import { pythonChecks } from './python';
import { pythonLaterUseCheck } from './python-later-uses';
import { rubyLaterUseCheck } from './ruby-later-uses';
import { goChecks } from './go';
import { javaChecks } from './java';
import { rubyChecks } from './ruby';
import { phpChecks } from './php';
import { commentedSecretCheck } from './commented-secrets';
import { CREDENTIAL_PATTERNS } from './keywords';
import { exampleEnvLoadChecks } from './example-env-loads';
import { userAsPasswordInProduction } from './login-beside';

export const hardcodedCredential: Rule = {
  meta: {
    id: 'hardcoded-credential',
    factor: 'III',
    title: 'Hardcoded credential',
    description:
      'Factor III (Config) keeps credentials out of the code: a secret committed to the repository is ' +
      'shared with everyone who can read it, cannot differ between deploys, and cannot be rotated without a ' +
      'code change. Read it from the environment instead.',
    defaultSeverity: 'error',
    hint: 'Read the value from the environment and keep it in a git-ignored .env file (the quick-fix does both).',
    docsUrl: docsUrl('hardcoded-credential'),
  },
  checks: [javascriptCheck, javascriptLaterUseCheck, javascriptSinkKeyCheck, javascriptPasswordMapCheck, ...configChecks, ...pythonChecks, pythonLaterUseCheck, pythonSinkKeyCheck, pythonPasswordMapCheck, ...goChecks, ...javaChecks, ...rubyChecks, rubyLaterUseCheck, ...phpChecks, commentedSecretCheck, ...exampleEnvLoadChecks].map(withConfidence),
};

/**
 * Every language's reports get their confidence (format, name and entropy, name only) the same way,
 * a chosen word in a file only local development loads is information in every language,
 * and every language's prefilter lets through the formats no keyword announces.
 */
function withConfidence(check: LanguageCheck): LanguageCheck {
  return {
    ...check,
    patterns: [...(check.patterns ?? []), ...CREDENTIAL_PATTERNS],
    check: (context) => {
      // A settings module's name says local (`local_settings.py`) unless settings.py loads it on every run (settingsLoad).
      const load = context.options.settingsLoad;
      // A dev compose stack (`docker-compose.dev.yml`, `compose.local.yaml`, the override) is such a file too; it is not in
      // DEVELOPMENT_FILES, whose files the deployed-app rules skip, because Factor X compares it with production's config.
      const local = context.scope === 'app' && (load === 'development' || (load !== 'always' && (isDevelopmentOnly(context.path, context.options.scopes) || isDevOnlyComposeFile(context.path, context.options.scopes))));
      const production = context.scope === 'app' && isProductionOnly(context.path, context.options.scopes);
      const judged = (report: Report) => withCredentialConfidence(production ? userAsPasswordInProduction(report) : report, context.text, production || report.production === true);
      // A template's stock password (`.env.example`'s `POSTGRES_PASSWORD=postgres`) is the image's documented
      // default: what a placeholder says, in a file committed to be copied.
      const stockInExample = (report: Report) => context.scope === 'example' && report.secret !== undefined && isStockDevPassword(report.secret);
      // A chosen word in a debug branch or a development settings class (development-code.ts): the same local default.
      const inDevelopment = (judgedReport: Report) => {
        const lowered = asLocalDevelopmentValue(judgedReport, DEVELOPMENT_CODE_NOTE);
        return lowered !== judgedReport && context.scope === 'app' && inDevelopmentCode(context.parsed, context.language, judgedReport.span) ? lowered : judgedReport;
      };
      const report = (found: Report) => {
        if (!stockInExample(found)) context.report(local ? asLocalDevelopmentValue(judged(found)) : inDevelopment(judged(found)));
      };
      check.check({ ...context, report });
    },
  };
}
