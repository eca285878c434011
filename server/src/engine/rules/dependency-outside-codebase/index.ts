import { docsUrl, type Rule } from '../../rule';
import { jsonCheck, tomlCheck, yamlCheck } from './config';
import { rubyCheck } from './gemfile';
import { goModCheck } from './gomod';
import { groovyCheck, kotlinCheck } from './gradle';
import { xmlCheck } from './pom';
import { requirementsCheck } from './requirements';

export const dependencyOutsideCodebase: Rule = {
  meta: {
    id: 'dependency-outside-codebase',
    factor: 'I',
    title: 'Dependency on code outside the codebase',
    description:
      'Factor I (Codebase): one codebase per app, tracked in one repository. A dependency declared by a ' +
      'filesystem path that leaves the repository (`file:../shared`, `{ path = "../lib" }`, a Composer path ' +
      'repository `../billing`, `gem "x", path: "../x"`, `-e ../x`, `replace m => ../m`, `includeBuild("../x")`) builds the app from code that lives in another codebase, at whatever state ' +
      'that checkout happens to be in: the repository alone no longer builds the app, and two apps share code ' +
      'outside any dependency manager.',
    defaultSeverity: 'warning',
    hint: 'Publish the shared code as a versioned package (or a git dependency pinned to a tag), or move it into this repository.',
    docsUrl: docsUrl('dependency-outside-codebase'),
    reach: 'deployed-app',
  },
  checks: [jsonCheck, tomlCheck, yamlCheck, rubyCheck, requirementsCheck, goModCheck, groovyCheck, kotlinCheck, xmlCheck],
};
