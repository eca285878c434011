// The examples of memory-session-store: its tests and its documentation, kept beside its checks but out of
// the rule object, so no bundle imports them (test/unit/rule-examples.test.ts runs them).
import type { RuleExamples } from '../../rule';
import { dotenvDeployExamples } from './dotenv-deploy-examples';
import { codeExamples, httpSessionExamples, micronautSessionExamples, springExamples, tomcatContextExamples } from './java-examples';
import { beegoAppConfExamples, goExamples } from './go-examples';
import { iniSessionExamples, phpNativeSessionExamples, phpSessionExamples, phpWorkerStateExamples, symfonyYamlSessionExamples } from './php-examples';
import { invalidExamples } from './javascript-examples-invalid';
import { pythonExamples } from './python-examples';
import { cableYamlExamples, rubyExamples } from './ruby-examples';
import { validExamples } from './javascript-examples-valid';
import { goAccumulatingExamples, javascriptAccumulatingExamples, pythonAccumulatingExamples, rubyAccumulatingExamples } from './accumulating-examples';
import { javascriptFileUploadExamples, phpUploadFrameworkExamples, pythonUploadFrameworkExamples } from './local-uploads-frameworks-examples';
import { flaskWtfUploadExamples, psr7UploadExamples } from './uploaded-file-objects-examples';
import { goUploadExamples, jvmUploadExamples, phpUploadExamples, pythonUploadExamples, railsUploadExamples } from './local-uploads-examples';
import { javascriptModelStoreExamples, pythonModelStoreExamples, rubyModelStoreExamples } from './model-store-examples';
import { goJsonFileExamples, javascriptJsonFileExamples, phpJsonFileExamples, pythonJsonFileExamples, rubyJsonFileExamples } from './json-file-examples';
import { developmentFlagExamples } from '../development-flag-examples';
import { javascriptLookupExamples, jvmStaticWriteExamples, pythonLookupExamples } from './lookup-and-static-examples';
import { goRecordFileExamples, javascriptRecordFileExamples, phpRecordFileExamples, pythonRecordFileExamples, rubyRecordFileExamples } from './json-record-files-examples';
import { goLookupExamples, javascriptModuleLookupExamples, pythonInlineLookupExamples, rubyLookupExamples } from './lookup-writes-examples';
import type { LanguageId } from '../../types';

export const memorySessionStoreExamples: RuleExamples = {
  ruleId: 'memory-session-store',
  sets: [
    { languages: ['go'], examples: goExamples },
    { languages: ['properties', 'yaml'], examples: springExamples },
    { languages: ['properties', 'yaml'], examples: micronautSessionExamples },
    { languages: ['java', 'kotlin'], examples: codeExamples },
    { languages: ['java', 'kotlin'], examples: httpSessionExamples },
    { languages: ['javascript', 'typescript'], examples: { valid: validExamples, invalid: invalidExamples } },
    { languages: ['php'], examples: phpSessionExamples },
    { languages: ['php'], examples: phpWorkerStateExamples },
    { languages: ['php'], examples: phpNativeSessionExamples },
    { languages: ['ini'], examples: iniSessionExamples },
    { languages: ['ini'], examples: beegoAppConfExamples },
    { languages: ['yaml'], examples: symfonyYamlSessionExamples },
    { languages: ['python'], examples: pythonExamples },
    { languages: ['ruby'], examples: rubyExamples },
    { languages: ['yaml'], examples: cableYamlExamples },
    { languages: ['xml'], examples: tomcatContextExamples },
    { languages: ['python'], examples: pythonUploadExamples },
    { languages: ['go'], examples: goUploadExamples },
    { languages: ['java', 'kotlin'], examples: jvmUploadExamples },
    { languages: ['php'], examples: phpUploadExamples },
    { languages: ['ruby'], examples: railsUploadExamples },
    { languages: ['dotenv'], examples: dotenvDeployExamples },
    { languages: ['javascript', 'typescript'], examples: javascriptAccumulatingExamples },
    { languages: ['python'], examples: pythonAccumulatingExamples },
    { languages: ['go'], examples: goAccumulatingExamples },
    { languages: ['ruby'], examples: rubyAccumulatingExamples },
    { languages: ['javascript', 'typescript'], examples: javascriptFileUploadExamples },
    { languages: ['python'], examples: pythonUploadFrameworkExamples },
    { languages: ['php'], examples: phpUploadFrameworkExamples },
    { languages: ['php'], examples: psr7UploadExamples },
    { languages: ['python'], examples: flaskWtfUploadExamples },
    { languages: ['ruby'], examples: rubyModelStoreExamples },
    { languages: ['python'], examples: pythonModelStoreExamples },
    { languages: ['javascript', 'typescript'], examples: javascriptModelStoreExamples },
    { languages: ['javascript', 'typescript'], examples: javascriptJsonFileExamples },
    { languages: ['python'], examples: pythonJsonFileExamples },
    { languages: ['ruby'], examples: rubyJsonFileExamples },
    { languages: ['php'], examples: phpJsonFileExamples },
    { languages: ['go'], examples: goJsonFileExamples },
    { languages: ['javascript', 'typescript'], examples: javascriptLookupExamples },
    { languages: ['python'], examples: pythonLookupExamples },
    { languages: ['java', 'kotlin'], examples: jvmStaticWriteExamples },
    { languages: ['ruby'], examples: rubyLookupExamples },
    { languages: ['go'], examples: goLookupExamples },
    { languages: ['python'], examples: pythonInlineLookupExamples },
    { languages: ['javascript', 'typescript'], examples: javascriptModuleLookupExamples },
    { languages: ['javascript', 'typescript'], examples: javascriptRecordFileExamples },
    { languages: ['python'], examples: pythonRecordFileExamples },
    { languages: ['ruby'], examples: rubyRecordFileExamples },
    { languages: ['php'], examples: phpRecordFileExamples },
    { languages: ['go'], examples: goRecordFileExamples },
    // Behind a stage flag, in each language: production's side reported, development's silent.
    ...Object.entries(developmentFlagExamples('session')).map(([language, examples]) => ({ languages: [language as LanguageId], examples: examples! })),
  ],
};
