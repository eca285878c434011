import { docsUrl, type Rule } from '../../rule';
import { javascriptCheck } from './javascript';
import { pythonCheck } from './python';

export const undeclaredDependency: Rule = {
  meta: {
    id: 'undeclared-dependency',
    factor: 'II',
    title: 'Dependency the project does not declare',
    description:
      'Factor II (Dependencies) declares every dependency in a manifest and never relies on what happens ' +
      'to be installed. An import that the manifest does not list works on the machine where it was ' +
      'installed by hand or pulled in by another package, and breaks on a clean install; a system ' +
      'program that the build does not install breaks wherever the image or host lacks it.',
    defaultSeverity: 'warning',
    hint: 'Declare the package in the manifest (package.json, requirements.txt, pyproject.toml), and install system programs in the build (Dockerfile, Aptfile).',
    docsUrl: docsUrl('undeclared-dependency'),
    reach: 'own-code',
  },
  checks: [javascriptCheck, pythonCheck],
};
