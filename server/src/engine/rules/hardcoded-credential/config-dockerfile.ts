// Dockerfile: ENV/ARG with credential names and literal values (both end up in the image's
// history), and tokens, URL passwords and `name=secret` words in RUN lines and other instructions.
import { dockerCommand, dockerPairs, type DockerInstruction } from '../../languages/dockerfile';
import { MappedText } from '../../languages/mapped-text';
import { lexShell, type ShellToken } from '../../languages/shell';
import type { LanguageCheck, RuleContext } from '../../rule';
import { reportConfigValue } from './config-common';
import { reportShellTokens } from './config-shell-commands';
import { notePath } from './shell-heredocs';
import { SHELL_CREDENTIAL_KEYWORDS } from './keywords';

const ADVICE =
  'ENV, ARG and RUN values stay in the image history: pass it at run time (docker run -e, compose environment) ' +
  'or as a build secret (RUN --mount=type=secret)';

function check(context: RuleContext): void {
  const { escape, instructions } = context.parsed.dockerfile;
  // What the stage's ENV and ARG have given each name so far: `ENV CONFIG_FILE=/etc/app/app.yml` then
  // `RUN cat > "$CONFIG_FILE" <<EOF` writes a YAML file (shell-heredocs.ts). A new stage starts afresh.
  const paths = new Map<string, string>();
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') paths.clear();
    if (instruction.keyword === 'ENV' || instruction.keyword === 'ARG') {
      for (const pair of dockerPairs(instruction, escape)) {
        if (pair.value) notePath(paths, pair.name.text, pair.value.text);
        else paths.delete(pair.name.text);
        if (!pair.value || !pair.valueSpan) continue;
        reportConfigValue(context, { name: pair.name.text, value: pair.value, span: pair.valueSpan, advice: ADVICE });
      }
    } else {
      reportShellTokens(context, instructionTokens(instruction, escape), ADVICE, { paths });
    }
  }
}

/** The shell tokens of an instruction; for the exec form, each argument (and `sh -c` scripts within). */
function instructionTokens(instruction: DockerInstruction, escape: string): ShellToken[] {
  const command = dockerCommand(instruction);
  const scripts: MappedText[] = command.form === 'shell' ? [command.script] : command.argv;
  return scripts.flatMap((script) => lexShell(script, { escape: command.form === 'shell' ? escape : '\\' }));
}

export const dockerfileCheck: LanguageCheck = {
  languages: ['dockerfile'],
  keywords: SHELL_CREDENTIAL_KEYWORDS,
  check,
};
