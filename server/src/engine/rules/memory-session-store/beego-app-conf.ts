// beego's sessions chosen in conf/app.conf: `sessionon = true` keeps them in process memory unless
// `sessionprovider` names a shared store (redis, mysql, postgresql, memcache, couchbase); `file` keeps them
// on the local disk. The run-mode sections for a developer's machine and the tests (`[dev]`, `[test]`) are not deployed.
import { parseIni, type IniEntry } from '../../languages/ini';
import type { LanguageCheck, RuleContext } from '../../rule';

const LOCAL_PROVIDERS: Readonly<Record<string, string>> = { memory: 'in process memory', file: 'on the local disk' };
const LOCAL_RUN_MODES = new Set(['dev', 'test']);
const ADVICE = 'keep sessions in a backing store (sessionprovider = redis, mysql or postgresql)';

function check(context: RuleContext): void {
  if (!/(?:^|\/)app\.conf$/.test(context.path)) return;
  const entries = parseIni(context.text).filter((entry) => !LOCAL_RUN_MODES.has(entry.section.toLowerCase()));
  const setting = (key: string): IniEntry | undefined => entries.find((entry) => entry.key.toLowerCase() === key);
  const sessionOn = setting('sessionon');
  if (sessionOn?.value.trim().toLowerCase() !== 'true') return;
  const provider = setting('sessionprovider');
  const kind = provider ? provider.value.trim().toLowerCase() : 'memory';
  const where = LOCAL_PROVIDERS[kind];
  if (!where) return;
  const subject = provider ? `beego's \`sessionprovider = ${kind}\`` : "beego's sessions with no `sessionprovider` (the memory provider)";
  context.report({
    span: (provider ?? sessionOn).valueSpan,
    message: `Factor VI: ${subject} keeps sessions ${where}: they are lost on restart or with the container and are not shared between processes; ${ADVICE}.`,
  });
}

export const beegoAppConfSessionCheck: LanguageCheck = { languages: ['ini'], keywords: ['sessionon'], check };
