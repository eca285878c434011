// Spring Boot configuration as one list of dotted keys, from `.properties` and from YAML (where
// `spring: jpa: hibernate: ddl-auto: update` is the key `spring.jpa.hibernate.ddl-auto`), with the
// profile each entry applies to (from the file name or the YAML document's `on-profile`).
import type { Span } from '../types';
import { baseName } from './detect';
import type { ParsedDocument } from './index';
import type { MappedText } from './mapped-text';
import { yamlScalarText, type YamlNode } from './yaml';

const PROFILE_KEYS = new Set(['spring.config.activate.onprofile', 'spring.profiles']);

export interface SpringEntry {
  /** As written, dotted: `spring.jpa.hibernate.ddl-auto`. */
  key: string;
  /** Relaxed form for comparisons: lower case, no `-`/`_`: `spring.jpa.hibernate.ddlauto`. */
  canonical: string;
  /** The last key as written (the whole key in .properties). */
  keySpan: Span;
  /** The value as text (`true` for YAML booleans); undefined for maps and lists. */
  value: MappedText | string | undefined;
  valueSpan: Span;
  /** The profiles the entry applies to, when the file or document says. */
  profile?: string;
}

/** Spring's relaxed binding: `ddl-auto`, `ddl_auto` and `ddlAuto` are one key. */
export function canonicalKey(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, '');
}

export function valueText(entry: SpringEntry): string | undefined {
  return typeof entry.value === 'string' ? entry.value : entry.value?.text;
}

/** Entries of a `.properties` or YAML file (every YAML document). */
export function springEntries(parsed: ParsedDocument): SpringEntry[] {
  const fileProfile = profileOfFile(parsed.path);
  if (parsed.language === 'properties') return propertiesEntries(parsed, fileProfile);
  if (parsed.language !== 'yaml') return [];
  const entries: SpringEntry[] = [];
  for (const document of parsed.yaml) {
    const profile = documentProfile(parsed.text, document.contents) ?? fileProfile;
    collectYaml(parsed.text, document.contents, profile, entries);
  }
  return entries;
}

/** Spring Boot 2.4+ splits a .properties file into documents at `#---` / `!---` lines. */
function propertiesEntries(parsed: ParsedDocument, fileProfile: string | undefined): SpringEntry[] {
  const separators = [...parsed.text.matchAll(/^[#!]---[ \t]*$/gm)].map((match) => match.index);
  const documentOf = (offset: number) => separators.filter((at) => at < offset).length;
  const entries = parsed.properties.map((entry) => ({
    key: entry.key.text,
    canonical: canonicalKey(entry.key.text),
    keySpan: entry.key.whole,
    value: entry.value,
    valueSpan: entry.valueSpan,
    document: documentOf(entry.key.whole.start),
  }));
  const profiles = new Map<number, string>();
  for (const entry of entries) if (PROFILE_KEYS.has(entry.canonical)) profiles.set(entry.document, entry.value.text);
  return entries.map(({ document, ...entry }) => {
    const profile = profiles.get(document) ?? fileProfile;
    return profile !== undefined ? { ...entry, profile } : entry;
  });
}

interface Frame {
  node: YamlNode | undefined;
  keys: string[];
}

function collectYaml(text: string, root: YamlNode | undefined, profile: string | undefined, entries: SpringEntry[]): void {
  const stack: Frame[] = [{ node: root, keys: [] }];
  while (stack.length > 0) {
    const { node, keys } = stack.pop()!;
    if (node?.kind !== 'map') continue;
    for (const pair of [...node.pairs].reverse()) {
      if (!pair.key || pair.key.value === null || pair.key.value === undefined) continue;
      const path = [...keys, String(pair.key.value)];
      const value = pair.value;
      if (value?.kind === 'map') stack.push({ node: value, keys: path });
      if (value?.kind !== 'scalar' && value !== undefined) continue;
      const key = path.join('.');
      entries.push({
        key,
        canonical: canonicalKey(key),
        keySpan: pair.key.span,
        value: value === undefined || value.value === null ? undefined : typeof value.value === 'string' ? yamlScalarText(text, value) : String(value.value),
        valueSpan: value?.span ?? pair.key.span,
        ...(profile !== undefined ? { profile } : {}),
      });
    }
  }
}

/** `spring.config.activate.on-profile` (Boot 2.4+) or the legacy `spring.profiles`, nested or dotted. */
function documentProfile(text: string, root: YamlNode | undefined): string | undefined {
  const entries: SpringEntry[] = [];
  collectYaml(text, root, undefined, entries);
  const entry = entries.find((candidate) => PROFILE_KEYS.has(candidate.canonical));
  return entry ? valueText(entry) : undefined;
}

/** `application-test.yml` -> test; `bootstrap-local.properties` -> local. */
export function profileOfFile(path: string): string | undefined {
  return /^(?:application|bootstrap)-([\w,-]+)\.(?:properties|ya?ml)$/i.exec(baseName(path))?.[1];
}

// A profile split per concern names its stage last (`jdbc-dev`, `mail_local`), as production's `db_prod` does.
const NON_DEPLOYED = /^(?:[a-z0-9]+[-_])?(?:test|tests|testing|it|integration|integration-?tests?|e2e|junit|dev|develop|development|local|h2|embedded)$/i;

/** Every named profile is one that never runs in a deploy: test, it, e2e, dev, local. */
export function isNonDeployedProfile(profile: string | undefined): boolean {
  if (profile === undefined) return false;
  const names = profile.split(/[,|&\s]+/).filter((name) => name !== '');
  return names.length > 0 && names.every((name) => NON_DEPLOYED.test(name));
}

const PRODUCTION = /^(?:prod|production|prd|live)$|[-_](?:prod|production)$/i;

/**
 * A profile only production runs: `prod`, `production`, litemall's `db_prod`; Quarkus writes it into the key
 * (`%prod.quarkus.datasource.jdbc.url`).
 */
export function isProductionProfile(profile: string | undefined, key = ''): boolean {
  const quarkus = /^%([\w-]+)\./.exec(key)?.[1];
  const names = [...(profile ?? '').split(/[,|&\s]+/), ...(quarkus ? [quarkus] : [])].filter((name) => name !== '');
  return names.some((name) => PRODUCTION.test(name));
}

/** Quarkus' `%dev.` and `%test.` keys: a profile written into the key that never deploys. */
export function isNonDeployedKey(key: string): boolean {
  const quarkus = /^%([\w-]+)\./.exec(key)?.[1];
  return quarkus !== undefined && isNonDeployedProfile(quarkus);
}

export interface PlaceholderDefault {
  /** The setting or variable the placeholder reads: `DATABASE_URL` of `${DATABASE_URL:...}`. */
  key: string;
  value: string;
  /** Offset of the default in the text. */
  start: number;
}

/**
 * `${NAME:default}` as the whole value (nested placeholders are left alone). Micronaut quotes a default
 * that holds colons in backticks, ${JDBC_URL:`jdbc:h2:mem:default`}: the value is what they quote.
 */
export function placeholderDefault(text: string): PlaceholderDefault | undefined {
  const match = /^\$\{([A-Za-z0-9_.[\]-]{1,200}):([^{}$]*)\}$/.exec(text.trim());
  if (!match || match[2] === '') return undefined;
  const start = text.indexOf(':', text.indexOf('${')) + 1;
  const quoted = /^`([^`]+)`$/.exec(match[2]!);
  return quoted ? { key: match[1]!, value: quoted[1]!, start: start + 1 } : { key: match[1]!, value: match[2]!, start };
}
