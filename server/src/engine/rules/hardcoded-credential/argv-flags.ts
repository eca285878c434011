// A command's argument list written as separate strings: `exec.Command("mysqldump", "--password", "…")`,
// `new ProcessBuilder("helm", "push", c, "--password", "…")`, PHP's `new Process([… '--token', '…'])`, Gradle's
// `commandLine 'helm', …, '--password', '…'`. The string after a long flag named for a credential is that
// credential, whatever runs it (the shell reader does the same for command lines, config-shell-commands.ts).
import { credentialName } from '../../secrets';
import { nameTarget, type Target } from './target';

/** `--password`, `--api-key`, `--registry-token`: a long flag taking its value in the next argument. */
const LONG_FLAG = /^--[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/i;

/** The target of the string after `flag` in an argument list, when the flag names a credential. */
export function argvFlagTarget(flag: string | undefined): Target | undefined {
  if (flag === undefined || !LONG_FLAG.test(flag)) return undefined;
  const name = flag.slice(2);
  return credentialName(name) ? { ...nameTarget([name]), label: flag } : undefined;
}
