// The password a compose file gives a key-value store's container on its command line: `redis-server --requirepass …`
// (and a replica's `--masterauth …`) of a `redis`, `valkey` or `keydb` image. It is the stack's own, as the
// `MYSQL_ROOT_PASSWORD` an environment block gives a stock image is (probe30: mychat's redis was an error while its mysql
// and mongo were warnings), so compose-created-passwords.ts weighs both by one policy: how the file is shaped.
import { yamlGet, yamlString, type YamlNode } from '../../languages/yaml';

/** The images whose server takes its password as a flag: `redis:7-alpine`, `valkey/valkey:8`, `eqalpha/keydb`, `bitnami/redis`. */
const FLAG_PASSWORD_IMAGE = /(?:^|\/)(?:redis(?:-stack-server)?|valkey|keydb)(?::[\w.-]+)?$/i;

/** The servers and their password flags, as a command's words: `redis-server`, `valkey-server`, `keydb-server`. */
const SERVER = /^(?:redis|valkey|keydb)-server$/;
const PASSWORD_FLAG = /^--(?:requirepass|masterauth)(?:=(.*))?$/;

/** The passwords the service's command sets for the server it starts, read from its words (`${…}` and `$$…` reads left out). */
export function commandSetPasswords(service: YamlNode | undefined): string[] {
  if (!FLAG_PASSWORD_IMAGE.test(yamlString(yamlGet(service, 'image'))?.trim() ?? '')) return [];
  const words = commandWords(yamlGet(service, 'command'));
  if (!words.some((word) => SERVER.test(word))) return [];
  const passwords: string[] = [];
  words.forEach((word, at) => {
    const flag = PASSWORD_FLAG.exec(word);
    const value = flag?.[1] ?? (flag ? words[at + 1] : undefined);
    if (value !== undefined && value !== '' && !value.includes('$')) passwords.push(value);
  });
  return passwords;
}

/** A command as words: a list's items, or a string split at blanks (quotes dropped: a password needs none). */
function commandWords(node: YamlNode | undefined): string[] {
  if (node?.kind === 'seq') return node.items.map((item) => (item?.kind === 'scalar' && item.value !== null ? String(item.value) : ''));
  const text = node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : '';
  return text.length > 2000 ? [] : text.split(/\s+/).map((word) => word.replace(/^(["'])(.*)\1$/, '$2'));
}
