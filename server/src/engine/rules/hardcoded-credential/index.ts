import { docsUrl, type Rule } from '../../rule';
import { configChecks } from './config';
import { javascriptCheck } from './javascript';
import { pythonChecks } from './python';
import { goChecks } from './go';
import { javaChecks } from './java';
import { rubyChecks } from './ruby';
import { phpChecks } from './php';

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
  checks: [javascriptCheck, ...configChecks, ...pythonChecks, ...goChecks, ...javaChecks, ...rubyChecks, ...phpChecks],
};
