// CherryPy sessions: `tools.sessions.on` keeps sessions in process memory (RamSession, the default)
// unless `tools.sessions.storage_class` names a backing store; FileSession keeps them on this
// machine's disk. Memcached, Redis or database storage classes stay silent.
import { dottedName, lastSegment, stringValue } from '../../languages/python';
import { cherryPyConfigEntries } from '../../languages/cherrypy-config';
import type { SyntaxNode } from '../../languages/treeSitter';
import type { Report } from '../../types';

const LOCAL_STORAGE = new Set(['RamSession', 'FileSession', 'ram', 'file']);

export function checkCherryPySessions(root: SyntaxNode, report: (report: Report) => void): void {
  const entries = cherryPyConfigEntries(root);
  for (const entry of entries) {
    if (entry.key !== 'tools.sessions.on' || entry.value.type !== 'true') continue;
    const storage = entries.find((other) => other.dict.id === entry.dict.id && /^tools\.sessions\.storage_(?:class|type)$/.test(other.key));
    if (storage && !LOCAL_STORAGE.has(storageName(storage.value))) continue;
    const at = storage?.pair ?? entry.pair;
    const where = storageName(storage?.value) === 'FileSession' || storageName(storage?.value) === 'file' ? "this process's local disk" : 'process memory';
    report({
      span: { start: at.startIndex, end: at.endIndex },
      message: `Factor VI: CherryPy sessions are kept in ${where}: they vanish on restart and are not shared between processes; set tools.sessions.storage_class to a backing store (memcached, Redis or the database).`,
    });
  }
}

function storageName(value: SyntaxNode | undefined): string {
  if (!value) return 'RamSession';
  return stringValue(value) ?? lastSegment(dottedName(value) ?? '');
}
