import { docsUrl, type Rule } from '../../rule';
import { outsideDevelopmentCode } from '../development-code';
import { configCheck } from './config';
import { pythonCheck } from './python';

export const runtimeBuildStep: Rule = {
  meta: {
    id: 'runtime-build-step',
    factor: 'V',
    title: 'Build or install step run at app start',
    description:
      'Factor V (Build, release, run) keeps the stages apart: the build stage installs dependencies and ' +
      'compiles once, the release combines the build with config, and the run stage only starts it. ' +
      'Installing or compiling at start makes every start slow and able to fail on a registry outage, ' +
      'and runs code that no release ever tested.',
    defaultSeverity: 'warning',
    hint: 'Install and build in the build stage (a "build" script, a Dockerfile RUN); start only runs the built release.',
    docsUrl: docsUrl('runtime-build-step'),
    reads: { ini: 'supervisord, systemd units' },
    reach: 'deployed-app',
  },
  // A development server in a branch only development takes (`if os.getenv("ENV") == "development": app.run(debug=True)`) is that laptop's.
  checks: outsideDevelopmentCode([configCheck, pythonCheck]),
};
