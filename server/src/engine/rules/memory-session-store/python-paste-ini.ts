// Beaker sessions chosen in a PasteDeploy INI file (Pyramid's production.ini through pyramid_beaker, TurboGears'
// and Pylons' `beaker.session.type`): the same memory/file/dbm types as the Python dicts python-settings.ts reads.
import { parseIni } from '../../languages/ini';
import type { LanguageCheck, RuleContext } from '../../rule';

const LOCAL_TYPES: Readonly<Record<string, string>> = { memory: 'in process memory', file: 'on the local disk', dbm: 'on the local disk' };

/** The key names one Beaker option: `beaker.session.type` anywhere, `session.type` in a Paste app or filter section. */
function isBeakerSessionType(key: string, section: string): boolean {
  return key === 'beaker.session.type' || (key === 'session.type' && /^(?:app|filter|composite):/.test(section));
}

function check(context: RuleContext): void {
  for (const entry of parseIni(context.text)) {
    const type = entry.value.trim().toLowerCase();
    if (!isBeakerSessionType(entry.key, entry.section) || !Object.hasOwn(LOCAL_TYPES, type)) continue;
    context.report({
      span: entry.valueSpan,
      message: `Factor VI: Beaker \`${entry.key} = ${type}\` keeps sessions ${LOCAL_TYPES[type]}: they are lost on restart or with the container and are not shared between processes; keep sessions in a backing store (session.type = ext:redis or ext:database).`,
    });
  }
}

export const pasteIniSessionCheck: LanguageCheck = { languages: ['ini'], keywords: ['session.type'], check };
