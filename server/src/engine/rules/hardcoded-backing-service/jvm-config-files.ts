// Factor IV in the XML and .properties files a JVM app (or its server) loads at start-up, beside the Spring Boot
// files spring.ts reads: Spring bean files (`<property name="url" value="jdbc:…"/>`, a JavaMailSenderImpl's
// `host`, `<rabbit:connection-factory host="…"/>`), JPA's persistence.xml, hibernate.cfg.xml, MyBatis'
// mybatis-config.xml, c3p0, Tomcat's `<Resource url="…" mail.smtp.host="…"/>`, WildFly's `<connection-url>`,
// log4j/logback database and SMTP appenders, web.xml's `<param-name>redisHost</param-name>`; `jdbc.properties`,
// `redis.properties`, Quartz's data sources, Liferay's portal-ext. A service URL anywhere, or a host named as one
// by its key, its bean's class or its element's namespace, is what every deploy of the file attaches to.
// Left alone: build and tool files (pom.xml's Flyway plugin, MyBatis Generator's `generatorConfig.xml`,
// liquibase.properties: a developer's or a migration run's database, not the app's), IDE files, this machine and
// one-label compose names, and `${…}` values the loader fills in.
import { baseName } from '../../languages/detect';
import { decodeEntities, siblingNames, xmlLocalName as localName, type XmlElement } from '../../languages/xml';
import type { LanguageCheck, RuleContext } from '../../rule';
import { splitWords } from '../../secrets/words';
import type { Span } from '../../types';
import { isNonServerPath } from '../process-paths';
import { dsnHost } from './dsn';
import { addressOf, keyWords, reportConfigAddress } from './server-config';

/** Spring Boot's own files (spring.ts reads them with relaxed binding). */
const SPRING_FILE = /^(?:application|bootstrap)(?:-[\w,-]+)?\.properties$/i;
/** Build, code-generation, migration-tool and IDE files: what they connect to is a developer's or one run's. */
const TOOL_FILE = /^(?:pom|build|ivy(?:settings)?|settings|toolchains|checkstyle[\w-]*|generator(?:config)?[\w-]*|mbg[\w-]*|liquibase[\w-]*|flyway[\w-]*|sonar-project|gradle|gradle-wrapper|local|androidmanifest)\.(?:xml|properties|conf)$/i;
const TOOL_FOLDER = /(?:^|\/)(?:\.idea|\.mvn|\.settings|nbproject|\.vscode|\.github|res\/values[^/]*)\//i;

export const jvmConfigFilesCheck: LanguageCheck = {
  languages: ['xml', 'properties'],
  keywords: ['://', 'jdbc:', 'host', 'server', 'addr', 'broker'],
  check,
};

function check(context: RuleContext): void {
  const name = baseName(context.path);
  if (SPRING_FILE.test(name) || TOOL_FILE.test(name) || TOOL_FOLDER.test(context.path) || isNonServerPath(context.path)) return;
  if (context.language === 'properties') checkProperties(context);
  else checkXml(context);
}

function checkProperties(context: RuleContext): void {
  for (const entry of context.parsed.properties) {
    const value = entry.value.text.trim();
    const found = addressOf(value, keyWords(entry.key.text), undefined);
    if (!found) continue;
    const offset = entry.value.text.indexOf(value);
    const host = dsnHost(value);
    const span = host ? entry.value.span(offset + host.start, offset + host.end) : entry.value.span(offset, offset + value.length);
    reportConfigAddress(context, found, span, value);
  }
}

function checkXml(context: RuleContext): void {
  const elements = context.parsed.xml;
  const namedBySibling = siblingNames(context.text, elements);
  for (const element of elements) {
    const label = labelOf(element);
    const driver = driverOf(element);
    for (const attribute of element.attributes) {
      if (NAMING_ATTRIBUTES.has(attribute.name.toLowerCase()) || attribute.name.includes('xmlns') || attribute.name.startsWith('xsi:')) continue;
      const words = localName(attribute.name) === 'value' && label !== undefined ? keyWords(label) : [...prefixWords(element), ...keyWords(localName(attribute.name))];
      report(context, attribute.value, attribute.valueSpan, words, driver);
    }
    if (!element.content) continue;
    const text = context.text.slice(element.content.start, element.content.end);
    if (text.includes('<')) continue; // a comment or markup, not a value
    const words = keyWords(label ?? namedBySibling.get(element) ?? localName(element.name));
    const start = element.content.start + (text.length - text.trimStart().length);
    report(context, decodeEntities(text).trim(), { start, end: start + text.trim().length }, words, driver);
  }
}

/** Attributes that name or type a thing (`class` is read as the driver instead). */
const NAMING_ATTRIBUTES = new Set(['name', 'key', 'id', 'class', 'type', 'ref', 'auth', 'factory', 'jndi-name', 'pool-name', 'android:name']);

/** `<property name="url" …>`, `<constructor-arg name="host" …>`, log4j's `<param name="URL" …>`, `<add key="RedisHost" …>`. */
function labelOf(element: XmlElement): string | undefined {
  return element.attributes.find((attribute) => attribute.name === 'name' || attribute.name === 'key')?.value;
}

/**
 * What names the service of a bare host: the nearest bean's `class` (`JavaMailSenderImpl`, `redis.clients.jedis.JedisPool`)
 * or a Tomcat resource's `type` (`javax.sql.DataSource`, `jakarta.mail.Session`).
 */
function driverOf(element: XmlElement): string | undefined {
  for (let at: XmlElement | undefined = element; at; at = at.parent) {
    const named = at.attributes.find((attribute) => attribute.name === 'class' || attribute.name === 'type');
    if (named) return named.value;
  }
  return undefined;
}

/** Spring's namespaces name their service: `<rabbit:connection-factory host="…"/>`, `<mongo:mongo-client host="…"/>`. */
function prefixWords(element: XmlElement): string[] {
  const colon = element.name.indexOf(':');
  return colon > 0 ? splitWords(element.name.slice(0, colon)) : [];
}

/** `javax.servlet.jsp.jstl.sql.dataSource`'s `url,driver,user,password`, the password there. */
const JSTL_WITH_PASSWORD = /^jdbc:[^,\s]+,[\w.$]+,[^,]*,\S/;

function report(context: RuleContext, value: string, span: Span, words: readonly string[], driver: string | undefined): void {
  // JSTL's `url,driver,user,password` data source holds its password: one problem, hardcoded-credential's finding.
  if (JSTL_WITH_PASSWORD.test(value)) return;
  const found = addressOf(value, words, driver);
  if (!found) return;
  const host = dsnHost(value);
  reportConfigAddress(context, found, host && context.text.slice(span.start, span.end) === value ? { start: span.start + host.start, end: span.start + host.end } : span, value);
}
