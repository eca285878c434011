// XML config files: Spring bean files and JPA's persistence.xml (`<property name="password"
// value="…"/>`), Hibernate's hibernate.cfg.xml (`<property name="…password">…</property>`), Tomcat's
// context.xml/server.xml/tomcat-users.xml (`<Resource password="…"/>`, `keystorePass`), Maven's
// settings.xml (`<server><password>`), .NET web.config/app.config (`<add key="ApiKey" value="…"/>`,
// `connectionString`, `<machineKey validationKey>`). A value is named by its element or attribute,
// by the `name`/`key` attribute beside it, or by a `name` element before it in the same parent:
// Hadoop's `<property><name>fs.s3a.secret.key</name><value>…</value></property>`, web.xml's
// `<context-param><param-name>…</param-name><param-value>…</param-value>`. `${…}` placeholders and Maven's `{…}` encrypted
// passwords are not literals. Android's value resources (`<string name="maps_api_key">…</string>`) are
// UI text by default: there a name counts only for a generated value, and at full severity only in a
// string marked `translatable="false"` (config, not a translation). No fix: the right placeholder depends on the framework.
import { decodeEntities, siblingNames, xmlLocalName as localName, type XmlAttribute, type XmlElement } from '../../languages/xml';
import { MappedText } from '../../languages/mapped-text';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Span } from '../../types';
import { reportConfigValue } from './config-common';
import { CREDENTIAL_KEYWORDS } from './keywords';
import { JSTL_DATA_SOURCE, reportJstlDataSource } from './jstl';
import { passwordConstructorArgs, SPRING_CONSTRUCTOR_KEYWORDS } from './spring-constructor-args';

const ADVICE = 'resolve it at run time instead (a ${NAME} placeholder for Spring, Maven and Tomcat, a config transform or secret store for .NET) and rotate it';

const ANDROID_ADVICE = 'keep it in a git-ignored local.properties and let the build generate the resource (the Secrets Gradle Plugin does), and rotate it';

/** Attributes that name or type a thing, never hold a secret. */
export const NAMING_ATTRIBUTES = new Set(['name', 'key', 'id', 'class', 'type', 'ref', 'auth', 'factory', 'providername', 'xdt:transform', 'xdt:locator']);

/** Maven's encrypted passwords (`mvn --encrypt-password`): `{base64}`, readable only with settings-security.xml. */
const MAVEN_ENCRYPTED = /^\{[A-Za-z0-9+/]+=*\}$/;

function check(context: RuleContext): void {
  const elements = context.parsed.xml;
  const namedBySibling = siblingNames(context.text, elements);
  const passwordArgs = passwordConstructorArgs(elements);
  const nameOf = (element: XmlElement): string | undefined => labelOf(element) ?? (passwordArgs.has(element) ? 'password' : undefined);
  for (const element of elements) {
    const label = nameOf(element) ?? namedBySibling.get(element);
    for (const attribute of element.attributes) reportAttribute(context, element, attribute, label);
    if (element.content) reportContent(context, element, element.content, label ?? inValueOf(element, nameOf));
  }
}

/**
 * `<property name="password" …>`, `<add key="ApiKey" …>`, an Android manifest's `<meta-data android:name="io.fabric.ApiKey"
 * android:value="…"/>`: the name the element's value goes by.
 */
function labelOf(element: XmlElement): string | undefined {
  return element.attributes.find((attribute) => attribute.name === 'name' || attribute.name === 'key' || attribute.name === 'android:name')?.value;
}

function reportAttribute(context: RuleContext, element: XmlElement, attribute: XmlAttribute, label: string | undefined): void {
  const name = localName(attribute.name);
  if (NAMING_ATTRIBUTES.has(attribute.name.toLowerCase()) || attribute.name === 'android:name' || attribute.name.startsWith('xmlns') || attribute.name.startsWith('xsi:')) return;
  report(context, clearTextLabel(element, attribute) ?? (name === 'value' ? label : name), attribute.value, attribute.valueSpan);
}

/**
 * WildFly/JBoss Elytron's `<credential-reference clear-text="…"/>` (a credential store's own password, a datasource's,
 * a key store's): the clear text is the password; `store`/`alias` name one kept in a credential store.
 */
function clearTextLabel(element: XmlElement, attribute: XmlAttribute): string | undefined {
  return attribute.name === 'clear-text' && localName(element.name) === 'credential-reference' ? 'password' : undefined;
}

/** `<password>…</password>`, `<property name="…password">…</property>`, `<property name="password"><value>…</value></property>`. */
function reportContent(context: RuleContext, element: XmlElement, content: Span, label: string | undefined): void {
  let start = content.start;
  let end = content.end;
  const raw = context.text.slice(start, end);
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(raw);
  if (cdata) {
    start += raw.indexOf('<![CDATA[') + 9;
    end = start + cdata[1]!.length;
  } else if (raw.includes('<')) return; // a comment or markup, not a value
  while (start < end && /\s/.test(context.text[start]!)) start++;
  while (end > start && /\s/.test(context.text[end - 1]!)) end--;
  const name = label ?? qualifiedKeyName(element);
  const text = context.text.slice(start, end);
  report(isUntranslatable(element) && context.scope === 'locale' ? asAppConfig(context) : context, name, cdata ? text : decodeEntities(text), { start, end });
}

/** `<property name="password"><value>…</value></property>`: a `<value>` leaf goes by its parent's name. */
function inValueOf(element: XmlElement, nameOf: (element: XmlElement) => string | undefined): string | undefined {
  return element.name === 'value' && element.parent ? nameOf(element.parent) : undefined;
}

/** A bare `<key>` is named by its parent: Magento 1's `<crypt><key>…</key></crypt>` is the crypt key. */
function qualifiedKeyName(element: XmlElement): string {
  const name = localName(element.name);
  return name.toLowerCase() === 'key' && element.parent ? `${localName(element.parent.name)}.${name}` : name;
}

/** `<string name="recipe_api_key" translatable="false">`: Android's own mark that the string is no UI text. */
function isUntranslatable(element: XmlElement): boolean {
  return element.attributes.some((attribute) => attribute.name === 'translatable' && attribute.value.trim() === 'false');
}

/** What is reported is app config, whatever the file's scope (strings.xml is a translation file by its name). */
function asAppConfig(context: RuleContext): RuleContext {
  return { ...context, report: (found) => context.report({ ...found, scope: 'app' }) };
}

const ANDROID_MANIFEST = /(?:^|\/)AndroidManifest\.xml$/;
const MANIFEST_ADVICE = 'keep it in a git-ignored local.properties and pass it in with a manifest placeholder (${NAME}, manifestPlaceholders in the Gradle build), and rotate it';

/** Android's value resources (`res/values/strings.xml`, `res/values-de/…`): UI text unless generated. */
const ANDROID_VALUES = /(?:^|\/)res\/values[^/]*\/[^/]+\.xml$/i;

function report(context: RuleContext, name: string | undefined, value: string, span: Span): void {
  if (MAVEN_ENCRYPTED.test(value.trim())) return;
  if (name !== undefined && JSTL_DATA_SOURCE.test(name) && reportJstlDataSource(context, value, span, ADVICE)) return;
  const exact = context.text.slice(span.start, span.end) === value;
  const mapped = exact ? MappedText.contiguous(value, span.start) : new MappedText(value, span);
  const android = ANDROID_VALUES.test(context.path);
  const advice = android ? ANDROID_ADVICE : ANDROID_MANIFEST.test(context.path) ? MANIFEST_ADVICE : ADVICE;
  reportConfigValue(context, { name, value: mapped, span, advice, ...(android ? { generatedOnly: true } : {}) });
}

export const xmlCheck: LanguageCheck = {
  languages: ['xml'],
  keywords: [...CREDENTIAL_KEYWORDS, ...SPRING_CONSTRUCTOR_KEYWORDS, 'clear-text', 'jstl.sql.datasource'],
  check,
};
