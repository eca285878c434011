// Profiles in one Java .properties file, the properties form of Spring's profile documents in
// application.yml: Quarkus' `%dev.quarkus.datasource.db-kind=h2` over an unprefixed
// `quarkus.datasource.db-kind=postgresql` (the unprefixed value is the prod profile's unless `%prod.` sets
// one), and Spring Boot's multi-document application.properties (`#---` between documents, each naming its
// profile with `spring.config.activate.on-profile`).
import type { PropertyEntry } from '../../languages/properties';
import { jdbcSubprotocol, type ServiceChoice } from './kinds';

/** Quarkus' `%profile.` prefix. */
const QUARKUS_PROFILE = /^%([\w-]+)\.(.+)$/;
const QUARKUS_KIND = 'quarkus.datasource.db-kind';
const QUARKUS_URL = 'quarkus.datasource.jdbc.url';
/** Spring Boot's document separator in .properties (2.4+): a whole line `#---` or `!---`. */
const SPRING_SEPARATOR = /^[#!]---[ \t]*$/gm;

/** Quarkus profiles: each profile's db-kind, or its JDBC URL's subprotocol where it sets no db-kind. */
export function quarkusProfileChoices(entries: readonly PropertyEntry[]): ServiceChoice[] {
  const byProfile = new Map<string, ServiceChoice>();
  for (const entry of entries) {
    const [, profile, key] = QUARKUS_PROFILE.exec(entry.key.text) ?? [undefined, 'prod', entry.key.text];
    const driver = key === QUARKUS_KIND ? entry.value.text.trim() : key === QUARKUS_URL ? jdbcSubprotocol(entry.value.text) : undefined;
    if (!driver || !profile) continue;
    const existing = byProfile.get(profile);
    // An explicit `%prod.` value overrides the unprefixed default; a db-kind wins over a URL.
    if (existing && (key === QUARKUS_URL || (profile === 'prod' && !entry.key.text.startsWith('%')))) continue;
    byProfile.set(profile, { environment: profile, driver, span: entry.value.whole });
  }
  return [...byProfile.values()];
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
