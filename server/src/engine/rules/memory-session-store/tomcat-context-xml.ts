// Factor VI in Tomcat's context.xml (META-INF/context.xml in the war, conf/context.xml, server.xml):
// a PersistentManager whose `<Store>` is the FileStore keeps sessions as files on this server's disk,
// lost with the container and unseen by the other instances. A JDBCStore (or Redis' manager) is shared.
import { xmlAttribute } from '../../languages/xml';
import type { LanguageCheck, RuleContext } from '../../rule';

const TOMCAT_CONFIG = /(?:^|\/)(?:context|server)\.xml$/i;
const FILE_STORE = 'org.apache.catalina.session.FileStore';

const MESSAGE =
  "Factor VI: Tomcat's FileStore keeps sessions as files on this server's disk: they are lost with the container and not shared " +
  'between instances; keep sessions in a backing store (a JDBCStore, or a Redis session manager).';

function check(context: RuleContext): void {
  if (!TOMCAT_CONFIG.test(context.path)) return;
  for (const element of context.parsed.xml) {
    const className = element.name === 'Store' ? xmlAttribute(element, 'className') : undefined;
    if (className?.value.trim() === FILE_STORE) context.report({ span: className.valueSpan, message: MESSAGE });
  }
}

export const tomcatContextCheck: LanguageCheck = { languages: ['xml'], keywords: ['filestore'], check };
