// Spring beans built by constructor or static factory (`<constructor-arg index="4" value="…"/>`, or in order
// without an index) name no argument: the classes whose constructors take a password at a known place name it by
// place, as the Java check names `new JedisPool(config, host, port, timeout, "…")`. Overloads add a
// user before the password or a number after it (`JedisPool(config, host, port, timeout, user, pw,
// db)`), so the password is the last argument from that place on that is no number or boolean.
import { xmlAttribute, xmlLocalName as localName, type XmlElement } from '../../languages/xml';

/** Bean class (simple name) -> the first place its password can take among the constructor arguments. */
const PASSWORD_FROM: Readonly<Record<string, number>> = {
  // (poolConfig, host, port, timeout, password[, database])
  JedisPool: 4,
  // (masterName, sentinels, poolConfig[, timeout], password)
  JedisSentinelPool: 3,
  // Spring JDBC's (url, username, password)
  DriverManagerDataSource: 2,
  SingleConnectionDataSource: 2,
  // Apache HttpClient's and Jetty's (username, password)
  UsernamePasswordCredentials: 1,
  // The MongoDB driver's static factories, a bean's `factory-method` (userName, source, password): Spring passes
  // their arguments as `<constructor-arg>` too.
  'MongoCredential.createCredential': 2,
  'MongoCredential.createScramSha1Credential': 2,
  'MongoCredential.createScramSha256Credential': 2,
  'MongoCredential.createMongoCRCredential': 2,
  'MongoCredential.createPlainCredential': 2,
};

/** Names the class words look up: the API's own words (a factory's class), also the prefilter's. */
export const SPRING_CONSTRUCTOR_KEYWORDS = [...new Set(Object.keys(PASSWORD_FROM).map((name) => name.split('.')[0]!.toLowerCase()))];

const isNumberOrSwitch = (value: string): boolean => /^\s*(?:-?\d+|true|false)\s*$/i.test(value);

/** The `constructor-arg` elements (as `<value>` leaves or value attributes) that hold a password by their place. */
export function passwordConstructorArgs(elements: readonly XmlElement[]): Set<XmlElement> {
  const argsByBean = new Map<XmlElement, XmlElement[]>();
  for (const element of elements) {
    const bean = element.parent;
    if (!bean || localName(element.name) !== 'constructor-arg' || xmlAttribute(element, 'name')) continue;
    if (passwordFrom(bean) === undefined) continue;
    argsByBean.set(bean, [...(argsByBean.get(bean) ?? []), element]);
  }
  const passwords = new Set<XmlElement>();
  for (const [bean, args] of argsByBean) {
    const from = passwordFrom(bean)!;
    const placed = args.map((arg, order) => ({ arg, place: Number(xmlAttribute(arg, 'index')?.value ?? order) }));
    const candidates = placed.filter(({ arg, place }) => place >= from && !isNumberOrSwitch(literalOf(arg, elements) ?? '0'));
    const last = candidates.sort((a, b) => a.place - b.place).at(-1);
    if (last) passwords.add(last.arg);
  }
  return passwords;
}

/** The class's constructor, or its static factory when the bean names one (`factory-method="createCredential"`). */
function passwordFrom(bean: XmlElement): number | undefined {
  const className = xmlAttribute(bean, 'class')?.value.trim() ?? '';
  const simple = className.slice(className.lastIndexOf('.') + 1);
  const factory = xmlAttribute(bean, 'factory-method')?.value.trim();
  const key = factory ? `${simple}.${factory}` : simple;
  return Object.hasOwn(PASSWORD_FROM, key) ? PASSWORD_FROM[key] : undefined;
}

/** An argument's literal: its `value` attribute; a `<value>` child counts as a string (no `ref`). */
function literalOf(arg: XmlElement, elements: readonly XmlElement[]): string | undefined {
  const attribute = xmlAttribute(arg, 'value');
  if (attribute) return attribute.value;
  return elements.some((element) => element.parent === arg && localName(element.name) === 'value') ? 'text' : undefined;
}
