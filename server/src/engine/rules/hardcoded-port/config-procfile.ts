// Procfile `web:` processes that bind a literal port: the platform hands the port over in $PORT
// and routes only to that one.
import type { LanguageCheck, RuleContext } from '../../rule';
import { commandPorts, type CommandPort } from './command-ports';

function check(context: RuleContext): void {
  for (const entry of context.parsed.procfile) {
    if (entry.name !== 'web') continue;
    for (const hit of commandPorts(entry.command)) reportCommandPort(context, hit, 'the "web" process');
  }
}

/** A literal port in a platform's web command; the fix binds $PORT (the command is run by a shell). */
export function reportCommandPort(context: RuleContext, hit: CommandPort, where: string): void {
  context.report({
    span: hit.span,
    message: `Factor VII: ${where} binds hardcoded port ${hit.port}; bind $PORT, which the platform assigns and routes to.`,
    fix: { kind: 'replace', title: 'Bind $PORT', edits: [{ span: hit.span, text: '$PORT' }] },
  });
}

export const procfileCheck: LanguageCheck = {
  languages: ['procfile'],
  keywords: ['port', '-p', '-b', '-s', 'bind', 'listen'],
  check,
};
