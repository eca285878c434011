// JavaServer Pages' custom tags, read from the page's markup (its Java is the Java checks', scanned as
// contained code): JSTL's `<sql:setDataSource user="…" password="…"/>` opens a connection with the login
// in the page, its `dataSource="url,driver,user,password"` too, and `<c:set var="apiToken" value="…"/>` or
// `<c:param name="token" value="…"/>` names a value by its variable. EL (`${…}`) is a read. HTML elements
// (no tag prefix: a login form's `<input type="password">`) are markup, never settings.
import { parseXml, type XmlAttribute, type XmlElement } from '../../languages/xml';
import { jspMarkup } from '../../languages/jsp';
import { MappedText } from '../../languages/mapped-text';
import type { LanguageCheck, RuleContext } from '../../rule';
import { reportConfigValue } from './config-common';
import { NAMING_ATTRIBUTES } from './config-xml';
import { JSTL_DATA_SOURCE, reportJstlDataSource } from './jstl';
import { CREDENTIAL_KEYWORDS } from './keywords';

const ADVICE = 'take the connection from the container (a JNDI name: dataSource="jdbc/…") and other secrets from a context parameter or the environment, and rotate it';

/** Tag attributes that name, point at or lay out something, never hold a value of their own. */
const TAG_NAMING = new Set([...NAMING_ATTRIBUTES, 'var', 'varstatus', 'scope', 'path', 'property', 'items', 'code', 'prefix', 'uri', 'tagdir']);

function check(context: RuleContext): void {
  const markup = jspMarkup(context.text);
  for (const element of parseXml(markup)) {
    if (!isCustomTag(element)) continue;
    const label = (element.attributes.find((attribute) => attribute.name === 'var') ?? element.attributes.find((attribute) => attribute.name === 'name'))?.value;
    for (const attribute of element.attributes) reportAttribute(context, attribute, label);
  }
}

/** `<sql:setDataSource>`, `<c:set>`, a tag file's `<my:db>`: a prefix, and not one of JSP's own standard actions. */
function isCustomTag(element: XmlElement): boolean {
  return element.name.indexOf(':') > 0 && !element.name.startsWith('jsp:');
}

function reportAttribute(context: RuleContext, attribute: XmlAttribute, label: string | undefined): void {
  const name = attribute.name.slice(attribute.name.indexOf(':') + 1);
  if (TAG_NAMING.has(name.toLowerCase())) return;
  const { value, valueSpan: span } = attribute;
  if (JSTL_DATA_SOURCE.test(name) && reportJstlDataSource(context, value, span, ADVICE)) return;
  const exact = context.text.slice(span.start, span.end) === value;
  const mapped = exact ? MappedText.contiguous(value, span.start) : new MappedText(value, span);
  reportConfigValue(context, { name: name === 'value' ? label : name, value: mapped, span, advice: ADVICE });
}

export const jspTagCheck: LanguageCheck = {
  languages: ['jsp'],
  keywords: [...CREDENTIAL_KEYWORDS, 'datasource'],
  check,
};
