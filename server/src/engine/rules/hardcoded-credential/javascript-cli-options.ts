// A command-line option's default, named by its flag, as Python's click and argparse options are
// (python-targets.ts): commander's `.option('-t, --token <token>', 'GitHub token', '…')` and yargs'
// `.option('mirror-token', { default: '…' })`. No fix: the option may read the environment itself
// (`.env('NPM_TOKEN')`), and the default is what runs without it.
import ts from 'typescript';
import { dottedName, stringValue } from '../../languages/ts-ast';
import { nameTarget, type Target } from './target';

const OPTION_METHODS = new Set(['option', 'requiredOption', 'positional']);
/** commander's flags: `-t, --token <token>`, `--api-key [key]`; yargs' and sade's bare option names. */
const LONG_FLAG = /(?:^|[\s,])--([a-z][a-z0-9-]{1,60})(?=$|[\s,<[=])/i;
const BARE_NAME = /^([a-z][a-z0-9-]{1,60})$/i;

/** The target an option declaration's default is named by, when `call` declares an option. */
export function cliOptionTarget(call: ts.CallExpression | ts.NewExpression): Target | undefined {
  const callee = dottedName(call.expression) ?? '';
  if (!OPTION_METHODS.has(callee.slice(callee.lastIndexOf('.') + 1))) return undefined;
  const declared = stringValue(call.arguments?.[0]);
  const name = declared === undefined ? undefined : (LONG_FLAG.exec(declared) ?? BARE_NAME.exec(declared))?.[1];
  if (name === undefined) return undefined;
  const target = nameTarget([name.replace(/-/g, '_')]);
  return target.credential ? { ...target, label: `option --${name}`, noFix: true } : undefined;
}

/** commander's positional default: the third argument, after the flags and the description. */
export function cliOptionDefaultTarget(call: ts.CallExpression | ts.NewExpression, index: number): Target | undefined {
  if (index !== 2 || stringValue(call.arguments?.[1]) === undefined) return undefined;
  return cliOptionTarget(call);
}
