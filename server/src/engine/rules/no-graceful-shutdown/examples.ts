// The examples of no-graceful-shutdown: its tests and its documentation, kept beside its checks
// but out of the rule object, so no bundle imports them.
import type { RuleExamples } from '../../rule';
import { dockerfileExamples } from './config-dockerfile-examples';
import { shellExamples } from './config-shell-examples';
import { stopSettingsExamples } from './config-stop-settings-examples';
import { containerShellExamples } from './config-container-shell-examples';
import { goExamples } from './go-examples';
import { pythonExamples } from './python-examples';
import { javascriptExamples } from './javascript-examples';
import { goImportedExamples, javascriptImportedExamples } from './imported-examples';
import { javaExamples, kotlinExamples } from './jvm-examples';

export const noGracefulShutdownExamples: RuleExamples = {
  ruleId: 'no-graceful-shutdown',
  sets: [
    { languages: ['javascript', 'typescript'], examples: javascriptExamples },
    { languages: ['dockerfile'], examples: dockerfileExamples },
    { languages: ['shell'], examples: shellExamples },
    { languages: ['yaml'], examples: stopSettingsExamples },
    { languages: ['yaml'], examples: containerShellExamples },
    { languages: ['go'], examples: goExamples },
    { languages: ['python'], examples: pythonExamples },
    { languages: ['java'], examples: javaExamples },
    { languages: ['kotlin'], examples: kotlinExamples },
    { languages: ['javascript', 'typescript'], examples: javascriptImportedExamples },
    { languages: ['go'], examples: goImportedExamples },
  ],
};
