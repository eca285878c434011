// JSON config files: credential-named keys holding secret-like strings, known tokens and
// passwords in URLs anywhere. JSON has no env interpolation, so there is no fix to offer.
import { baseName } from '../../languages/detect';
import { jsonNumbers, jsonStrings, jsonStringText } from '../../languages/json';
import { MappedText } from '../../languages/mapped-text';
import type { Node } from 'jsonc-parser';
import type { LanguageCheck, RuleContext } from '../../rule';
import { lexShell } from '../../languages/shell';
import { asLocalDevelopment, configName, HMAC_ALGORITHM_LINE, HMAC_KEY_NAME, isHmacKeyBuffer, isServerTokenUuid, CONFIG_SERVER_KEY_NAMES, keyNameBesideAccount, keyNameBesideAdminKey, reportConfigValue, serverCredentialName, USER_KEY } from './config-common';
import { isLocalStageSwitch } from './stage-switch';
import { listedArgument, reportShellTokens } from './config-shell-commands';
import { CREDENTIAL_KEYWORDS } from './keywords';
import { isNumberUnderPasswordName } from './credential-value';

const ADVICE = 'load it from an environment variable or a secrets manager instead of a committed JSON file, and rotate it';

/** Generated or tooling files whose strings are hashes, URLs of packages or compiler options. */
export function isSkippedJson(path: string): boolean {
  const name = baseName(path).toLowerCase();
  if (path.startsWith('node_modules/') || path.includes('/node_modules/')) return true;
  if (name === 'package-lock.json' || name === 'npm-shrinkwrap.json' || name.endsWith('.lock') || name.endsWith('.lock.json')) return true;
  return /^(ts|js)config.*\.json$/.test(name) || name.startsWith('.eslintrc');
}

/** package.json sections whose keys are package names (`jsonwebtoken`, `passport-token`) and values versions. */
const PACKAGE_SECTIONS = new Set([
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
  'bundleDependencies',
  'bundledDependencies',
  'peerDependenciesMeta',
  'overrides',
  'resolutions',
  'engines',
]);

function isPackageSection(filePath: string, keyPath: readonly string[]): boolean {
  return baseName(filePath) === 'package.json' && PACKAGE_SECTIONS.has(String(keyPath[0]));
}

const SCRIPT_ADVICE = 'a committed script is not config: read it from the environment the script runs in (a CI secret), and rotate it';

/** Manifests whose `scripts` (deno.json: `tasks`) are shell command lines, read as a shell reads them: `deployctl deploy --token=…`. */
const SCRIPT_SECTIONS: Readonly<Record<string, string>> = { 'package.json': 'scripts', 'composer.json': 'scripts', 'deno.json': 'tasks', 'deno.jsonc': 'tasks' };

function isScriptCommand(filePath: string, keyPath: readonly (string | number)[]): boolean {
  return keyPath.length >= 2 && SCRIPT_SECTIONS[baseName(filePath)] === keyPath[0];
}

function check(outer: RuleContext): void {
  if (isSkippedJson(outer.path)) return;
  const strings = jsonStrings(outer.parsed.json.root);
  // `{ "app": { "env": "development" } }`: the local setup's config as a whole (stage-switch.ts).
  const local = strings.some(({ node, path }) => isLocalStageSwitch(outer.path, path, typeof node.value === 'string' ? node.value : undefined));
  const context = local ? asLocalDevelopment(outer) : outer;
  for (const { node, path } of strings) {
    if (isPackageSection(context.path, path)) continue;
    const value = jsonStringText(context.text, node);
    if (isScriptCommand(context.path, path)) {
      reportShellTokens(context, lexShell(value), SCRIPT_ADVICE);
      continue;
    }
    const argument = listedArgumentOf(node, value);
    if (argument) {
      reportConfigValue(context, { name: argument.name, value: argument.value, span: argument.value.whole, advice: ADVICE, keys: path });
      continue;
    }
    reportConfigValue(context, { name: siblingKeyName(node, path) ?? keyBesideUser(node, path) ?? serverToken(node, path) ?? hmacKey(node, path) ?? configName(besideAdminKey(node, path)), value, span: value.whole, advice: ADVICE, keys: path, ...userBeside(node, path) });
  }
  reportPasswordNumbers(context);
}

/** `"password": 6742530`, `"jwt": { "signingKey": 30571946 }`: a number under a password's or signing secret's key, as in YAML. */
function reportPasswordNumbers(context: RuleContext): void {
  for (const { node, path } of jsonNumbers(context.parsed.json.root)) {
    const digits = context.text.slice(node.offset, node.offset + node.length);
    const name = configName(path);
    if (!isNumberUnderPasswordName(digits, name, path)) continue;
    const value = MappedText.contiguous(digits, node.offset);
    reportConfigValue(context, { name, value, span: value.whole, advice: ADVICE, keys: path });
  }
}

/** `"args": [… "--access-token", "…"]`: an item of a list of strings read after the item before it. */
function listedArgumentOf(node: Node, value: MappedText): ReturnType<typeof listedArgument> {
  const items = node.parent?.type === 'array' ? (node.parent.children ?? []) : [];
  const previous = items[items.indexOf(node) - 1];
  return previous?.type === 'string' ? listedArgument(String(previous.value), value) : undefined;
}

/** The key path, its last key renamed when an admin key beside it makes it Algolia's search-only key. */
function besideAdminKey(node: Node, path: readonly (string | number)[]): readonly (string | number)[] {
  const last = path[path.length - 1];
  const object = node.parent?.parent;
  if (typeof last !== 'string' || !/^api[-_]?key$/i.test(last) || object?.type !== 'object') return path;
  const siblings = (object.children ?? []).map((property) => String(property.children?.[0]?.value ?? ''));
  return [...path.slice(0, -1), keyNameBesideAdminKey(last, siblings, path.slice(0, -1).map(String))];
}

/**
 * Kaggle's `kaggle.json`, `{"username": "…", "key": "…"}`, a BrowserStack or Sauce Labs login: a bare key beside a user
 * name, with no secret beside it, is that account's key. Judged as one (weak: a generated value), as in JS objects.
 */
function keyBesideUser(node: Node, path: readonly (string | number)[]): string | undefined {
  const last = path[path.length - 1];
  const object = node.parent?.parent;
  if ((last !== 'key' && last !== 'accessKey' && last !== 'access_key') || object?.type !== 'object') return undefined;
  const siblings = new Set((object.children ?? []).map((property) => String(property.children?.[0]?.value ?? '')));
  const beside = ['username', 'user', 'userName'].some((key) => siblings.has(key)) && !['secret', 'secretKey', 'secret_key', 'password'].some((key) => siblings.has(key));
  return beside || keyNameBesideAccount(last, [...siblings]) !== last ? 'account_key' : undefined;
}

/**
 * TypeORM's `ormconfig.json` `{ "username": "shop", "password": "shop" }`: the user beside a password, so the login
 * repeated is judged as in YAML, `.properties` and code (config-common.ts isUserAsPassword), one policy for all.
 */
function userBeside(node: Node, path: readonly (string | number)[]): { user?: string } {
  const last = path[path.length - 1];
  const object = node.parent?.parent;
  if (typeof last !== 'string' || !/pass/i.test(last) || object?.type !== 'object') return {};
  for (const property of object.children ?? []) {
    const [key, value] = property.children ?? [];
    if (typeof key?.value === 'string' && USER_KEY.test(key.value) && value?.type === 'string') return { user: String(value.value) };
  }
  return {};
}

/** `"upload": { "serverBaseUrl": …, "token": "<uuid>" }` (lighthouserc.json): the server's token (isServerTokenUuid). */
function serverToken(node: Node, path: readonly (string | number)[]): string | undefined {
  const last = path[path.length - 1];
  const object = node.parent?.parent;
  // The key first: every string of a file asks, and an object's keys are thousands in a message catalogue.
  if (typeof last !== 'string' || !CONFIG_SERVER_KEY_NAMES.has(last.toLowerCase()) || object?.type !== 'object') return undefined;
  const siblings = (object.children ?? []).map((property) => String(property.children?.[0]?.value ?? ''));
  return isServerTokenUuid(last, typeof node.value === 'string' ? node.value : undefined, siblings, CONFIG_SERVER_KEY_NAMES) ? serverCredentialName(last) : undefined;
}

/** Vert.x's `{ "algorithm": "HS256", "buffer": "…" }`: the buffer is the HMAC key (isHmacKeyBuffer). */
function hmacKey(node: Node, path: readonly (string | number)[]): string | undefined {
  const last = path[path.length - 1];
  const object = node.parent?.parent;
  if (last !== 'buffer' || object?.type !== 'object') return undefined;
  const algorithm = (object.children ?? []).find((property) => property.children?.[0]?.value === 'algorithm')?.children?.[1]?.value;
  return isHmacKeyBuffer(last, algorithm) ? HMAC_KEY_NAME : undefined;
}

/** Postman and Insomnia headers and variables: `{ "key": "Authorization", "value": "…" }` (or `name`). */
function siblingKeyName(node: Node, path: readonly (string | number)[]): string | undefined {
  if (path[path.length - 1] !== 'value') return undefined;
  const object = node.parent?.parent;
  if (object?.type !== 'object') return undefined;
  for (const property of object.children ?? []) {
    const [key, value] = property.children ?? [];
    if ((key?.value === 'key' || key?.value === 'name') && value?.type === 'string') return String(value.value);
  }
  return undefined;
}

export const jsonCheck: LanguageCheck = {
  languages: ['json'],
  keywords: CREDENTIAL_KEYWORDS,
  patterns: [HMAC_ALGORITHM_LINE],
  check,
};
