// CherryPy's configuration dicts: `cherrypy.config.update({...})`, the `config` of `cherrypy.quickstart`
// / `tree.mount` (section dicts such as `{'/': {...}, 'global': {...}}`), and `_cp_config = {...}`.
// Keys are dotted namespaces (`server.socket_port`, `tools.sessions.storage_class`); the rules read
// what they bind or store from here.
import { dottedName, stringValue } from './python';
import { walkTree, type SyntaxNode } from './treeSitter';

export interface CherryPyEntry {
  key: string;
  /** The `key: value` pair node. */
  pair: SyntaxNode;
  value: SyntaxNode;
  /** The dict the entry sits in, to read its siblings. */
  dict: SyntaxNode;
}

const CONFIG_CALLS = /(?:^|\.)(?:config\.update|quickstart|tree\.mount|mount)$/;

/** Every `'namespace.key': value` entry of a dict CherryPy reads as configuration, nested section dicts included. */
export function cherryPyConfigEntries(root: SyntaxNode): CherryPyEntry[] {
  const entries: CherryPyEntry[] = [];
  walkTree(root, (node) => {
    if (node.type !== 'dictionary' || !isCherryPyConfig(node)) return undefined;
    for (const pair of node.namedChildren) {
      if (pair?.type !== 'pair') continue;
      const key = stringValue(pair.childForFieldName('key'));
      const value = pair.childForFieldName('value');
      if (key !== undefined && value && /^(?:server|tools)\./.test(key)) entries.push({ key, pair, value, dict: node });
    }
    return undefined;
  });
  return entries;
}

/** The dict is an argument of a CherryPy config call, a section of one, or `_cp_config`. */
function isCherryPyConfig(dict: SyntaxNode): boolean {
  let node: SyntaxNode = dict;
  for (let depth = 0; depth < 4 && node.parent; depth++) {
    const parent: SyntaxNode = node.parent;
    if (parent.type === 'pair' || parent.type === 'dictionary') {
      node = parent;
      continue;
    }
    if (parent.type === 'argument_list') {
      const call = parent.parent;
      const callee = call?.type === 'call' ? dottedName(call.childForFieldName('function')) : undefined;
      return callee !== undefined && /cherrypy/.test(callee) && CONFIG_CALLS.test(callee);
    }
    if (parent.type === 'assignment') return parent.childForFieldName('left')?.text === '_cp_config';
    return false;
  }
  return false;
}
