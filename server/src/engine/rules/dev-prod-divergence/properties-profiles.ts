// Profiles in one Java .properties file, the properties form of Spring's profile documents in
// application.yml: Quarkus' `%dev.quarkus.datasource.db-kind=h2` over an unprefixed
// `quarkus.datasource.db-kind=postgresql` (the unprefixed value is the prod profile's unless `%prod.` sets
// one), and Spring Boot's multi-document application.properties (`#---` between documents, each naming its
// profile with `spring.config.activate.on-profile`). Quarkus' application.yaml says the same with a quoted
// `"%dev":` key over nested or dotted keys: read as the dotted keys it stands for.
import type { PropertyEntry } from '../../languages/properties';
import type { YamlDocument, YamlNode } from '../../languages/yaml';
import type { Span } from '../../types';
import { jdbcSubprotocol, type ServiceChoice } from './kinds';

/** One setting under its full dotted key, whichever file wrote it. */
export interface Setting {
  key: string;
  value: string;
  span: Span;
}

/** Quarkus' `%profile.` prefix. */
const QUARKUS_PROFILE = /^%([\w-]+)\.(.+)$/;
const QUARKUS_KIND = 'quarkus.datasource.db-kind';
const QUARKUS_URL = 'quarkus.datasource.jdbc.url';
/** Spring Boot's document separator in .properties (2.4+): a whole line `#---` or `!---`. */
const SPRING_SEPARATOR = /^[#!]---[ \t]*$/gm;

/** Quarkus profiles: each profile's db-kind, or its JDBC URL's subprotocol where it sets no db-kind. */
export function quarkusProfileChoices(settings: readonly Setting[]): ServiceChoice[] {
  const byProfile = new Map<string, ServiceChoice>();
  for (const setting of settings) {
    const [, profile, key] = QUARKUS_PROFILE.exec(setting.key) ?? [undefined, 'prod', setting.key];
    const driver = key === QUARKUS_KIND ? setting.value.trim() : key === QUARKUS_URL ? jdbcSubprotocol(setting.value) : undefined;
    if (!driver || !profile) continue;
    const existing = byProfile.get(profile);
    // An explicit `%prod.` value overrides the unprefixed default; a db-kind wins over a URL.
    if (existing && (key === QUARKUS_URL || (profile === 'prod' && !setting.key.startsWith('%')))) continue;
    byProfile.set(profile, { environment: profile, driver, span: setting.span });
  }
  return [...byProfile.values()];
}

/** A .properties file's entries as settings. */
export function propertySettings(entries: readonly PropertyEntry[]): Setting[] {
  return entries.map((entry) => ({ key: entry.key.text, value: entry.value.text, span: entry.value.whole }));
}

/** Config sections sit a few levels down at most; deeper maps are not Quarkus settings. */
const MAX_YAML_DEPTH = 8;

/** A YAML file's string and number leaves under their dotted keys (`"%dev": {quarkus: {datasource: {db-kind: h2}}}`). */
export function yamlSettings(documents: readonly YamlDocument[]): Setting[] {
  const settings: Setting[] = [];
  const visit = (node: YamlNode | undefined, prefix: string, depth: number): void => {
    if (node?.kind === 'scalar' && (typeof node.value === 'string' || typeof node.value === 'number')) {
      settings.push({ key: prefix, value: String(node.value), span: node.span });
    }
    if (node?.kind !== 'map' || depth > MAX_YAML_DEPTH) return;
    for (const pair of node.pairs) {
      const key = pair.key?.value;
      if (typeof key === 'string') visit(pair.value, prefix ? `${prefix}.${key}` : key, depth + 1);
    }
  };
  for (const document of documents) visit(document.contents, '', 0);
  return settings;
}

/** Spring's multi-document application.properties: each profile document's `spring.datasource.url` kind. */
export function springDocumentChoices(text: string, entries: readonly PropertyEntry[]): ServiceChoice[] {
  const separators = [...text.matchAll(SPRING_SEPARATOR)].map((match) => match.index);
  if (separators.length === 0) return [];
  const documents = new Map<number, PropertyEntry[]>();
  for (const entry of entries) {
    const index = separators.filter((offset) => offset < entry.valueSpan.start).length;
    documents.set(index, [...(documents.get(index) ?? []), entry]);
  }
  const choices: ServiceChoice[] = [];
  for (const document of documents.values()) {
    const value = (key: string) => document.find((entry) => entry.key.text === key);
    const profile = (value('spring.config.activate.on-profile') ?? value('spring.profiles'))?.value.text.trim();
    const url = value('spring.datasource.url');
    const driver = url && jdbcSubprotocol(url.value.text);
    if (profile && /^[\w-]+$/.test(profile) && url && driver) choices.push({ environment: profile, driver, span: url.value.whole });
  }
  return choices;
}
