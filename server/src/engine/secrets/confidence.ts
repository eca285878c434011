// How sure a credential finding is, judged from the secret itself, so every language's check
// gets the same answer: a known token format, a random-looking value, or just a chosen word.
import type { Confidence, Report, Severity } from '../types';
import { isLocalDefaultAt, isPublicCloudLoginAt } from './connectionUrls';
import { isLetterMash, looksRandom, uncommonPairs } from './entropy';
import { withNote } from '../sentences';
import { findTokens } from './tokens';
import { isDigitRun, isPlaceholder, isPolicyShapedPassword, isWordAndDigitsPassword } from './placeholders';

/** The confidence of a credential report that did not set one. */
export function credentialConfidence(secret: string | undefined): Confidence {
  if (secret === undefined) return 'structure'; // about the file or the code, not a value: `.env` not ignored
  const tokens = findTokens(secret);
  if (tokens.some((token) => !SIGNED_TOKEN_FORMATS.has(token.id))) return 'format';
  return tokens.length > 0 || looksRandom(secret) ? 'name-and-entropy' : 'name-only';
}

/**
 * Formats that a server signs for one session or one test rather than a vendor issues as a key: a
 * JWT's shape proves it is a JWT, not that it opens anything. Every auth test suite carries them
 * (vectors, expired and foreign tokens), so they are judged as a random value beside a name is:
 * an error in the app, information in tests, fixtures and docs.
 */
const SIGNED_TOKEN_FORMATS = new Set(['jwt']);

/**
 * Passwords that official images and quick-starts set for local development: `postgres`,
 * RabbitMQ's `guest`, MinIO's `minioadmin`. Committed, they are still config in code, but
 * they guard nothing beyond a developer's machine, so they are information, never an error.
 */
const STOCK_DEV_PASSWORDS = new Set([
  // `vagrant`: the documented password of every Vagrant base box's `vagrant` user.
  'postgres', 'postgresql', 'guest', 'root', 'mysql', 'mariadb', 'mongo', 'mongodb', 'minioadmin', 'rabbitmq', 'redis',
  'docker', 'development', 'localdev', 'local', 'keycloak', 'neo4j', 'couchdb', 'elastic', 'kibana', 'sonar', 'grafana',
  'vagrant',
  // `android`: the Android SDK's debug keystore (`storePassword`/`keyPassword` of `androiddebugkey`).
  'android',
  // The quick-starts' own: Hasura's docker-compose (`postgrespassword`, also in its PG_DATABASE_URL) and the
  // postgres image's `docker run -e POSTGRES_PASSWORD=mysecretpassword`.
  'postgrespassword', 'mysecretpassword',
  // Products' documented stock logins (probe21c a1-a3): MinIO's quick-start `minio`/`minio123`, USBWebserver's MySQL
  // `root`/`usbw`, Nacos' console `nacos`/`nacos`.
  'minio123', 'usbw', 'nacos',
  // The images' own quick-start commands (probe30 6): Docker Desktop's Postgres run (`postgres`/`postgrespw` on port 55000,
  // copied into many a Ktor and Spring tutorial's config) and the mysql and mariadb images' `MYSQL_ROOT_PASSWORD=my-secret-pw`.
  'postgrespw', 'my-secret-pw',
]);

export function isStockDevPassword(value: string): boolean {
  return STOCK_DEV_PASSWORDS.has(value.trim().toLowerCase());
}

/**
 * Whether `text[start, end)` is a password reported as information for being stock: an image's default
 * (`guest`, `postgres`) or a local container's login (`app:app@db`). What hardcoded-backing-service asks
 * before it leaves a URL to this rule: a stock password's information finding does not cover the address.
 */
export function isStockPasswordAt(text: string, start: number, end: number): boolean {
  return isStockDevPassword(text.slice(start, end)) || isLocalDefaultAt(text, start, end);
}

/** `password: root` in `application-prod.yml`: the stock password guards a deployed database there. */
const STOCK_IN_PRODUCTION_NOTE = ' It is a stock password, in config only production loads: the first anybody tries.';
const STOCK_NOTE = ' It is a stock local-development password, so reported as information; still read it from the environment.';
const INFO: Severity = 'info';
const CLOUD_LOGIN_NOTE = " It is a generated password to a managed service's public host: a live login wherever it is committed.";

/**
 * Fills in a credential report's confidence, and caps a stock dev password at `info` with a note:
 * the same policy for `POSTGRES_PASSWORD: postgres` and `postgres://postgres:postgres@db`; in config only
 * production loads (`production`) a stock password is a warning.
 */
export function withCredentialConfidence(report: Report, text: string, production = false): Report {
  const confidence = report.confidence ?? credentialConfidence(report.secret);
  if (confidence === 'format' || report.secret === undefined) return { ...report, confidence };
  // A generated login to a managed service's public host: known by its form, as a token is, in every file and scope.
  if (isPublicCloudLoginAt(text, report.span.start, report.span.end)) return { ...report, confidence: 'format', message: withNote(report.message, CLOUD_LOGIN_NOTE) };
  if (production && isStockDevPassword(report.secret)) return { ...report, confidence, severity: 'warning', message: withNote(report.message, STOCK_IN_PRODUCTION_NOTE) };
  const stock = isStockDevPassword(report.secret) || isLocalDefaultAt(text, report.span.start, report.span.end);
  // Already information with its own note (the user's name as its password): one note says why.
  if (stock) return report.severity === INFO ? { ...report, confidence } : { ...report, confidence, severity: INFO, message: withNote(report.message, STOCK_NOTE) };
  // `establish_connection(password: 'password')`: the word itself, judged a password only where a connection takes it.
  if (report.severity === undefined && /^(?:password|passwd|secret)$/i.test(report.secret.trim())) return { ...report, confidence, severity: 'warning', message: withNote(report.message, PASSWORD_WORD_NOTE) };
  const weak = weakPasswordNote(report.secret.trim());
  if (weak && report.severity !== INFO) return { ...report, confidence, severity: 'warning', message: withNote(report.message, weak) };
  return { ...report, confidence };
}

/**
 * `password: '123456'`: the first password anybody tries, and the filler of many a template, so a warning
 * in the app's code rather than an error (information in tests, as every name guess). It still guards whatever takes it.
 */
const DIGIT_RUN_NOTE = ' It is a run of digits, the first password anybody tries.';
const WORD_AND_DIGITS_NOTE = ' It is a password word with digits, among the first passwords anybody tries.';
const PASSWORD_WORD_NOTE = ' It is the word itself, the first password anybody tries.';
const POLICY_SHAPED_NOTE = ' It is a capitalised word and digits, the shape a password policy makes people type, among the first passwords anybody tries.';

/** `12345678901234567890123456789012` under a key's name (values.ts isKeySizedCount): sized to be used, still no secret. */
const COUNTED_KEY_NOTE = ' It is a counting run of digits sized to a key, the first value anybody tries.';

function weakPasswordNote(secret: string): string | undefined {
  if (isDigitRun(secret)) return DIGIT_RUN_NOTE;
  if (/^\d{16,64}$/.test(secret) && isPlaceholder(secret)) return COUNTED_KEY_NOTE;
  if (isPolicyShapedPassword(secret)) return POLICY_SHAPED_NOTE;
  return isWordAndDigitsPassword(secret) ? WORD_AND_DIGITS_NOTE : undefined;
}

/**
 * Words a person picked (`local-keycloak-secret`, `acme_plugin_development`, `hunter2`, `devPassword`):
 * lowercase first, then words or digit runs. A short random string (`TRBrnuLQ4Ud8`) is a generated
 * password even when too short to look random, and is no local default.
 */
export function isChosenPhrase(value: string): boolean {
  if (value.length > 64 || !/^[a-z]/.test(value)) return false;
  // Per word: letters in camel case, digits only at its end (`hunter2`, `v2`), never inside (`s3cr3t`, `LQ4Ud8`).
  // Separators doubled (`hyyag_-q`, probe26c 9) are typed, not generated: one break between words.
  return value.split(/[-_.]+/).every((word) => word !== '' && /^[A-Za-z]?[a-z]*(?:[A-Z][a-z]+)*\d*$/.test(word));
}

/**
 * What a person types as a dev-only value, whatever its case: a chosen word (isChosenPhrase), one that opens with a
 * capital (`KennelKey`), or a sentence of such words (`Nobody will guess this one`, probe27c 3). Not a generated
 * string (`TRBrnuLQ4Ud8`: capitals and digits inside a word).
 */
function isTypedValue(value: string): boolean {
  if (isChosenPhrase(value)) return true;
  if (value.length > 80 || !/^[A-Za-z]/.test(value)) return false;
  return value.split(/ |[-_.]+/).every((word) => word !== '' && /^[A-Za-z]?[a-z]*(?:[A-Z][a-z]+)*\d*[!?.,]?$/.test(word));
}

const LOCAL_NOTE = ' It is a chosen word in config that only local development loads, so reported as information; still read it from the environment.';

/**
 * Config that only a developer's machine loads (`settings/local.py`, `application-local.yml`, a
 * Chalice `dev` stage, Symfony's committed `.env` defaults): a chosen word there (`local-keycloak-secret`)
 * is the local twin of a stock password, so information. A random-looking value or a known format
 * may be a live key copied in, and keeps its severity.
 */
export function asLocalDevelopmentValue(report: Report, note: string = LOCAL_NOTE): Report {
  const confidence = report.confidence ?? credentialConfidence(report.secret);
  // A run of digits (`root:12345678@tcp(127.0.0.1)`) there is the local twin of a stock password too.
  const secret = report.secret?.trim() ?? '';
  // A mash of letters (`cookieKey: 'qwhfurnvbz…'`, probe29c 6) was drawn, not picked, as a mail app password was issued.
  if (isMailAppPassword(report.name, secret) || isLetterMash(secret)) return report;
  // A chosen word handed to an API that takes a password (`new PDO(dsn, 'app', 'app-dev')`) is as much a local default.
  if ((confidence !== 'name-only' && confidence !== 'sink') || report.severity === INFO || !(isTypedValue(secret) || isPickedDigits(secret) || weakPasswordNote(secret))) return report;
  return { ...report, confidence, severity: INFO, message: withNote(report.message, note) };
}

/**
 * A few digits a developer typed for a local database (`spring.datasource.password=226255`, `PGPASSWORD=390512`): no
 * service issued them, so they are the same local default as a chosen word. Longer runs may be an issued number.
 */
function isPickedDigits(secret: string): boolean {
  return /^\d{3,10}$/.test(secret);
}

/**
 * A mail account's password (`GMAIL_PASSWORD`, `EMAIL_HOST_PASSWORD`, `spring.mail.password`) of sixteen letters that
 * spell no words: the app password Google issues for a real account (probe27c 7), not a value picked for a laptop,
 * so it keeps its severity in a development block. English run together (`yourapppassword`, `mailcatcherlocal`) is
 * made of common letter pairs; sixteen drawn letters are mostly pairs English rarely writes.
 */
function isMailAppPassword(name: string | undefined, secret: string): boolean {
  if (name === undefined || !MAIL_PASSWORD_NAME.test(name)) return false;
  // Google shows it in four groups of four (`abcd efgh ijkl mnop`); either way it is the same sixteen letters.
  const letters = /^[a-z]{4}(?: [a-z]{4}){3}$/.test(secret) ? secret.replace(/ /g, '') : secret;
  return /^[a-z]{16}$/.test(letters) && uncommonPairs(letters) >= 6;
}

/** A mail password's name, as the report carries it (Report.name): `GMAIL_PASSWORD`, `EMAIL_HOST_PASSWORD`, `spring.mail.password`. */
const MAIL_PASSWORD_NAME = /(?:mail|smtp)[\w.-]{0,40}?pass(?:word|wd)?$/i;

/** The same for code only a development or debug run reaches (rules/development-code.ts): `if args.debug:`, `class DevelopmentConfig`. */
export const DEVELOPMENT_CODE_NOTE = ' It is a chosen word in code only a development or debug run reaches, so reported as information; still read it from the environment.';
