// Groovy build and pipeline scripts: Gradle's build.gradle (signing passwords, repository
// credentials, `buildConfigField`/`resValue` keys shipped in the app), a Jenkinsfile's
// `environment { TOKEN = '…' }` and its `sh '…'` steps' command lines, Grails' application.groovy, and
// `getenv('X') ?: '…'` fallbacks.
// Left alone: GStrings that interpolate (`"${x}"`), values read from properties or the environment,
// the Android debug keystore's stock `android` password (information, confidence.ts).
import { groovyShellScripts, groovyStrings } from '../../languages/groovy';
import { groovyValues } from '../../languages/groovy-values';
import { lexShell } from '../../languages/shell';
import type { LanguageCheck, RuleContext } from '../../rule';
import { configName, reportConfigValue } from './config-common';
import { reportShellTokens } from './config-shell-commands';
import { credentialKeywords } from './keywords';

const GRADLE_ADVICE = "read it with System.getenv('NAME') or from a Gradle property kept outside the repository (~/.gradle/gradle.properties), and rotate it";
const JENKINS_ADVICE = "keep it in the Jenkins credentials store and bind it with credentials('id') or withCredentials, and rotate it";

const GROOVY_ADVICE = "read it from the environment (System.getenv('NAME')), and rotate it";

function adviceFor(path: string): string {
  if (/(?:^|\/)Jenkinsfile[^/]*$/.test(path)) return JENKINS_ADVICE;
  return path.endsWith('.gradle') ? GRADLE_ADVICE : GROOVY_ADVICE;
}

function check(context: RuleContext): void {
  const advice = adviceFor(context.path);
  const values = groovyValues(context.text);
  const named = new Set(values.map((entry) => entry.span.start));
  // A string in no shape that names it (an annotation's argument, a call's) still holds what its format proves.
  for (const string of groovyStrings(context.text)) {
    if (!named.has(string.span.start)) reportConfigValue(context, { name: undefined, value: string.value, span: string.span, advice });
  }
  for (const entry of values) {
    // `grails.mail.password = '…'`, `ext.signing.key = '…'`: a dotted name is a path, as nested blocks are.
    const keys = [...entry.blocks, ...(entry.fallback ? [entry.name] : entry.name.split('.'))];
    reportConfigValue(context, { name: entry.fallback ? entry.name : configName(keys), value: entry.value, span: entry.span, advice, keys });
  }
  // A pipeline's `sh '…'` steps are shell: `docker login -p …`, `curl -u user:pass`, `-H "Authorization: Bearer …"`.
  for (const script of groovyShellScripts(context.text)) reportShellTokens(context, lexShell(script), advice);
}

export const groovyCheck: LanguageCheck = {
  languages: ['groovy'],
  // A Jenkins init script's `realm.createAccount('admin', '…')` may hold no other credential word.
  keywords: credentialKeywords('createaccount'),
  check,
};
