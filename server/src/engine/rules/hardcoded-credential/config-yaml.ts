// YAML: docker-compose `environment:` (map and `- KEY=value` list), Kubernetes `env:` items and
// Secret manifests, application.yml keys, and tokens or URL passwords anywhere. Interpolated
// values (`${VAR}`, Helm `{{ }}`, `${{ secrets.X }}`) and tagged ones (`!Ref`, `!vault`) are not literals.
import { baseName } from '../../languages/detect';
import { MappedText } from '../../languages/mapped-text';
import { lexShell } from '../../languages/shell';
import { yamlGet, yamlScalarText, yamlString, type YamlNode, type YamlScalar } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';
import { credentialName, envNameFrom, isUserPasswordPair, isUuid, looksRandom, splitWords } from '../../secrets';
import { isIssuedCredential, testJobs } from './ci-test-jobs';
import { isNumberUnderPasswordName } from './credential-value';
import { asLocalDevelopment, asTestConfig, configName, HMAC_ALGORITHM_LINE, HMAC_KEY_NAME, isHmacKeyBuffer, isServerTokenUuid, CONFIG_SERVER_KEY_NAMES, keyNameBesideAccount, keyNameBesideAdminKey, reportConfigValue, serverCredentialName, USER_KEY, ENV_USER_KEY } from './config-common';
import { listedArgument, reportArgv, reportShellTokens } from './config-shell-commands';
import { notePath, type KnownPaths } from './shell-heredocs';
import { CONFIG_CREDENTIAL_KEYWORDS } from './keywords';
import { isLocalStageSwitch } from './stage-switch';
import { withAppLoginsInDeploy, withCreatedContainerPasswords, withDevelopmentServices } from './compose-created-passwords';
import { developmentOnlySharedEntries } from '../environment-yaml';
import { readsAsCode, reportSettingLines } from './document-lines';
import { asNamelessKey, isYamlSecretsFile, mayHoldNamelessKey, NAMELESS_KEY_LINE } from './secrets-files';

type FileKind = 'compose' | 'spring' | 'kubernetes' | 'ci' | 'other';

const ADVICE: Readonly<Record<FileKind | 'secret', string>> = {
  compose: 'use ${NAME} interpolation and keep the value in a git-ignored .env file',
  spring: 'use a ${NAME} placeholder and set the value in the environment',
  kubernetes: 'reference a Secret (valueFrom.secretKeyRef) instead of a literal value',
  ci: "store it in the CI provider's secrets and reference it (${{ secrets.NAME }}, a masked variable) instead",
  secret: 'do not commit Secret manifests with real values; create them at deploy time or use Sealed Secrets / External Secrets',
  other: 'read it from the environment or a secrets manager instead of committing it',
};

interface Frame {
  node: YamlNode | undefined;
  keys: readonly string[];
  /** Inside `environment:` (compose) or a Secret's `data:`/`stringData:`. */
  within?: 'environment' | 'data' | 'stringData';
  /** The user name of the map the node is a value of (`username:` beside `password:`). */
  user?: string;
  /** In a SealedSecret: its `encryptedData` is ciphertext only the cluster's controller can open. */
  sealed?: boolean;
  /** In a CI job that runs the tests and ships nothing (ci-test-jobs.ts). */
  testJob?: boolean;
  /** In an entry of a shared `default:` block that only development and test take (environment-yaml.ts). */
  developmentOnly?: boolean;
  /** An access key beside its user's name and no secret: that user's secret (accessKeyOfUser). */
  userSecret?: boolean;
  /** In a CI file: the paths the workflow's, job's and step's `env:` (`variables:`) give names, for its scripts' heredocs. */
  paths?: KnownPaths;
}

/** CI pipeline files: GitHub Actions, GitLab, CircleCI, Bitbucket, Travis, Azure, Drone, Woodpecker, Buildkite, CodeBuild. */
const CI_PATH =
  /(?:^|\/)(?:\.github\/workflows\/[^/]+|action|[^/]*\.?gitlab-ci|\.circleci\/config|bitbucket-pipelines|\.travis|azure-pipelines|\.drone|\.woodpecker|\.woodpecker\/[^/]+|\.buildkite\/pipeline|buildspec|appveyor|codemagic)\.ya?ml$/i;

/**
 * Keys whose value is shell that the CI runs: a string, a list of lines, or CircleCI's `run: { command }`;
 * Azure Pipelines' AzureCLI task's `inlineScript` (bash, or PowerShell Core: its flags read alike).
 */
const SCRIPT_KEYS = new Set(['run', 'script', 'before_script', 'after_script', 'after-script', 'command', 'commands', 'install', 'before_install', 'after_success', 'bash', 'inlineScript']);

function fileKind(path: string, root: YamlNode | undefined): FileKind {
  const name = baseName(path).toLowerCase();
  if (CI_PATH.test(path)) return 'ci';
  if (/^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/.test(name)) return 'compose';
  if (/^(application|bootstrap)([.-][\w.-]+)?\.ya?ml$/.test(name)) return 'spring';
  if (yamlString(yamlGet(root, 'apiVersion')) !== undefined && yamlString(yamlGet(root, 'kind')) !== undefined) return 'kubernetes';
  return yamlGet(root, 'services')?.kind === 'map' && name.includes('compose') ? 'compose' : 'other';
}

function isLockFile(path: string): boolean {
  const name = baseName(path).toLowerCase();
  return name === 'pnpm-lock.yaml' || name.endsWith('.lock.yaml') || name.endsWith('.lock.yml');
}

/** `password: 6742530`, `MYSQL_ROOT_PASSWORD: 123456`, `jwt: { signing_key: 30571946 }`: a plain number under a password's or signing secret's key (isNumberUnderPasswordName). */
function passwordNumber(node: YamlNode | undefined, name: string | undefined, keys: readonly string[]): YamlScalar | undefined {
  if (node?.kind !== 'scalar' || node.style !== 'plain' || node.tag !== undefined || !Number.isSafeInteger(node.value)) return undefined;
  return isNumberUnderPasswordName(String(node.value), name, keys) ? node : undefined;
}

/** Plain strings only: numbers, booleans and custom tags (`!Ref`, `!vault`, `!Sub`) are not literal secrets. */
function stringScalar(node: YamlNode | undefined): YamlScalar | undefined {
  if (node?.kind !== 'scalar' || typeof node.value !== 'string') return undefined;
  return node.tag === undefined || node.tag === '!!str' || node.tag === 'tag:yaml.org,2002:str' ? node : undefined;
}

/**
 * bbs-go's `app.docker.yaml` (`Env: dev`, a DSN to the compose service `app-mysql` with `root:654321`), a viper config's
 * `app: { environment: development }`: a config that declares itself development is a local stage as a whole (stage-switch.ts).
 */
function declaresLocalEnvironment(filePath: string, root: YamlNode | undefined): boolean {
  if (root?.kind !== 'map') return false;
  return root.pairs.some((pair) => {
    const key = String(pair.key?.value ?? '');
    if (isLocalStageSwitch(filePath, [key], yamlString(pair.value))) return true;
    return pair.value?.kind === 'map' && pair.value.pairs.some((inner) => isLocalStageSwitch(filePath, [key, String(inner.key?.value ?? '')], yamlString(inner.value)));
  });
}

function check(context: RuleContext): void {
  if (isLockFile(context.path)) return;
  for (const document of context.parsed.yaml) {
    const root = document.contents;
    // Figaro's config/application.yml is Rails' ENV, not Spring's: its advice and stage blocks are a Rails file's.
    const detected = fileKind(context.path, root);
    const kind = detected === 'spring' && isYamlSecretsFile(context) ? 'other' : detected;
    const isSecret = kind === 'kubernetes' && yamlString(yamlGet(root, 'kind')) === 'Secret';
    const sealed = kind === 'kubernetes' && yamlString(yamlGet(root, 'kind')) === 'SealedSecret';
    const stack: Frame[] = [{ node: root, keys: [], ...(sealed ? { sealed } : {}) }];
    const users = kind === 'compose' ? composeUsers(root) : new Set<string>();
    const jobs = kind === 'ci' ? testJobs(root) : new Set<YamlNode>();
    const fileContext = kind === 'compose' ? withCreatedContainerPasswords(withDevelopmentServices(withAppLoginsInDeploy(context, root), root), root) : kind === 'other' && declaresLocalEnvironment(context.path, root) ? asLocalDevelopment(context) : context;
    const inTestJob = asTestConfig(fileContext, 'a CI job that runs the tests', isIssuedCredential);
    // Rails' `default: &default` that only `development:` and `test:` merge is read as the `development:` block is.
    const developmentOnly = kind === 'other' ? developmentOnlySharedEntries(root) : new Set<YamlNode>();
    const inDevelopment = developmentOnly.size > 0 ? asLocalDevelopment(fileContext) : fileContext;
    while (stack.length > 0) {
      const frame = stack.pop()!;
      const testJob = frame.testJob === true || (frame.node !== undefined && jobs.has(frame.node));
      const local = frame.developmentOnly === true || (frame.node !== undefined && developmentOnly.has(frame.node));
      visit(testJob ? inTestJob : local ? inDevelopment : fileContext, kind, isSecret, testJob ? { ...frame, testJob } : local ? { ...frame, developmentOnly: local } : frame, stack, users);
    }
  }
}

function visit(context: RuleContext, kind: FileKind, isSecret: boolean, frame: Frame, stack: Frame[], users: ReadonlySet<string>): void {
  const { node, keys, within } = frame;
  const isSealed = frame.sealed === true;
  if (!node) return;
  if (node.kind === 'map') {
    const paths = kind === 'ci' ? envPaths(node, frame.paths) : undefined;
    const paired = pairedName(node);
    const user = userOf(node, within === 'environment');
    const siblings = node.pairs.map((sibling) => String(sibling.key?.value ?? ''));
    for (const pair of [...node.pairs].reverse()) {
      const key = pair.key && String(pair.key.value);
      if (key === undefined) continue;
      if (paired !== undefined && key === paired.valueKey) {
        reportScalar(context, kind, pair.value, [...keys, paired.name], within, undefined, users);
        continue;
      }
      if (holdsNoValues(kind, isSealed, keys, key)) continue;
      if (kind === 'compose' && isComposeCommand([...keys, key])) {
        reportComposeCommand(context, pair.value);
        continue;
      }
      if (kind === 'ci' && SCRIPT_KEYS.has(key)) {
        for (const rest of reportScript(context, pair.value, paths)) stack.push({ node: rest, keys: [...keys, key], within, ...(frame.testJob ? { testJob: true } : {}), ...(paths ? { paths } : {}) });
        continue;
      }
      const named =
        key === 'signature' && user !== undefined && hasPasswordKey(node) ? 'api_signature'
        : isServerTokenUuid(key, stringScalar(pair.value ?? undefined)?.value as string | undefined, siblings, CONFIG_SERVER_KEY_NAMES) ? serverCredentialName(key)
        : isHmacKeyBuffer(key, yamlString(yamlGet(node, 'algorithm'))) ? HMAC_KEY_NAME
        : keyNameBesideAccount(keyNameBesideAdminKey(key, siblings, keys), siblings);
      stack.push({
        node: pair.value,
        keys: [...keys, named],
        within: innerContext(key, keys, isSecret, within),
        ...(user !== undefined ? { user } : {}),
        ...(isSealed ? { sealed: true } : {}),
        ...(frame.testJob ? { testJob: true } : {}),
        ...(frame.developmentOnly ? { developmentOnly: true } : {}),
        ...(accessKeyOfUser(key, siblings) ? { userSecret: true } : {}),
        ...(paths ? { paths } : {}),
      });
    }
  } else if (node.kind === 'seq') {
    if (reportKeyBytes(context, node, keys)) return;
    const user = within === 'environment' ? listUser(node) : undefined;
    for (const item of [...node.items].reverse()) {
      if (within === 'environment' && stringScalar(item)) reportListEnvironment(context, kind, item as YamlScalar, keys, user, users);
      else if (!reportListedArgument(context, kind, node.items, item, keys) && !reportAccountItem(context, kind, item, keys)) stack.push({ node: item, keys, within, ...(frame.testJob ? { testJob: true } : {}), ...(frame.paths ? { paths: frame.paths } : {}) });
    }
  } else if (node.kind === 'scalar') reportScalar(context, kind, node, keys, within, frame.user, users, frame.userSecret === true);
}

/** A container's `args: [--api-token, …]`, a `command:` list: an item after a credential flag, judged under the flag's name. */
function reportListedArgument(context: RuleContext, kind: FileKind, items: readonly (YamlNode | undefined)[], item: YamlNode | undefined, keys: readonly string[]): boolean {
  const scalar = stringScalar(item);
  const previous = stringScalar(items[items.indexOf(item) - 1]);
  const argument = scalar && previous ? listedArgument(String(previous.value), yamlScalarText(context.text, scalar)) : undefined;
  if (!argument) return false;
  reportConfigValue(context, { name: argument.name, value: argument.value, span: argument.value.whole, advice: ADVICE[kind], keys: [...keys, argument.name] });
  return true;
}

/**
 * A MySQL-style account and its password in one string: `<user>@<host>:<password>`, the host `%`, empty,
 * an address or a `%` pattern, never a domain (an e-mail address and a role is not one).
 */
const ACCOUNT_ITEM = /^([^\s@:]{1,64})@(?:[\d.%]{0,64}|localhost):(\S+)$/d;
/** The same as a list item's line, for the prefilter: the users list may sit in a file with no credential word. */
const ACCOUNT_ITEM_LINE = /^[ \t]*-[ \t]+["']?[^\s@:"']{1,64}@(?:[\d.%]{0,64}|localhost):\S/m;

/**
 * ShardingSphere-Proxy 5.0/5.1's `rules: [!AUTHORITY { users: [root@%:…, sharding@:…] }]`: a `users`
 * list item written as an account and its password (ACCOUNT_ITEM) gives that user's password.
 */
function reportAccountItem(context: RuleContext, kind: FileKind, item: YamlNode | undefined, keys: readonly string[]): boolean {
  const scalar = keys[keys.length - 1] === 'users' ? stringScalar(item) : undefined;
  const text = scalar && yamlScalarText(context.text, scalar);
  const match = text && ACCOUNT_ITEM.exec(text.text);
  const at = match?.indices?.[2];
  if (!scalar || !text || !match || !at) return false;
  const password = text.slice(at[0], at[1]);
  reportConfigValue(context, { name: 'password', value: password, span: text.exact ? password.whole : scalar.span, advice: ADVICE[kind], user: match[1]!, keys: [...keys, 'password'] });
  return true;
}

/**
 * `BROWSERSTACK_ACCESS_KEY` beside `BROWSERSTACK_USERNAME`, `SAUCE_ACCESS_KEY` beside `SAUCE_USERNAME`:
 * an access key that a user name of the same prefix logs in with, with no secret of that prefix beside
 * it, is the user's secret. Beside a `MINIO_SECRET_KEY` (or `AWS_SECRET_ACCESS_KEY`) the access key
 * is the pair's public half. As the JavaScript check reads `{ user, key }`: weak, a generated value only.
 */
function accessKeyOfUser(key: string, siblings: readonly string[]): boolean {
  const prefix = /^([A-Za-z][A-Za-z0-9]*)[-_]access[-_]?key$/i.exec(key)?.[1]?.toLowerCase();
  if (prefix === undefined) return false;
  const ofPrefix = siblings.map((sibling) => sibling.toLowerCase()).filter((sibling) => sibling.startsWith(prefix));
  const rest = ofPrefix.map((sibling) => sibling.slice(prefix.length).replace(/^[-_]/, ''));
  return rest.some((word) => /^user(?:[-_]?name)?$/.test(word)) && !rest.some((word) => word.includes('secret'));
}

/**
 * `network_key: [101, 42, …]`: a key written as its bytes (zigbee2mqtt's and Z-Wave JS's network keys),
 * 16 or 32 numbers from 0 to 255 under a key's or secret's name. Not `ext_pan_id`, not a list of ports.
 */
function reportKeyBytes(context: RuleContext, node: YamlNode & { kind: 'seq' }, keys: readonly string[]): boolean {
  const name = configName(keys);
  const noun = name === undefined ? undefined : credentialName(name)?.noun;
  if (noun === undefined || (node.items.length !== 16 && node.items.length !== 32)) return false;
  const bytes = node.items.map((item) => (item?.kind === 'scalar' && typeof item.value === 'number' ? item.value : -1));
  if (!bytes.every((byte) => Number.isInteger(byte) && byte >= 0 && byte <= 255) || new Set(bytes).size < 8) return false;
  context.report({ span: node.span, message: `Factor III: "${name}" is set to a hardcoded key, written as its bytes; ${ADVICE.other}`, secret: bytes.join(',') });
  return true;
}

/**
 * Subtrees whose scalars are never values: a workflow's `permissions:` (`id-token: write`,
 * `contents: read` are access levels of the job's token), a Drone or Woodpecker `from_secret:`, a SealedSecret's `encryptedData:`
 * (ciphertext that only the cluster's controller decrypts: committing it is the point), an AWS CodeBuild
 * buildspec's `env: { parameter-store:, secrets-manager: }` (`DB_PASSWORD: ci/db:password` names a secret and its JSON key).
 */
function holdsNoValues(kind: FileKind, sealed: boolean, parentKeys: readonly string[], key: string): boolean {
  if ((key === 'parameter-store' || key === 'secrets-manager') && parentKeys[parentKeys.length - 1] === 'env') return true;
  // Drone's and Woodpecker's `from_secret: npm_token` names an entry of the CI's secret store.
  if (kind === 'ci' && (key === 'permissions' || key === 'from_secret')) return true;
  return sealed && key === 'encryptedData' && parentKeys[parentKeys.length - 1] === 'spec';
}

function innerContext(key: string, parentKeys: readonly string[], isSecret: boolean, within: Frame['within']): Frame['within'] {
  // Compose's `environment:`, and CI files' `env:`/`variables:` (`- APP_SECRET=...` lists too).
  if (key === 'environment' || key === 'env' || key === 'variables') return 'environment';
  // kustomize's `secretGenerator: [{ literals: [jwt-secret=…] }]` (and configMapGenerator's): `- key=value` lists too.
  if (key === 'literals' && /^(?:secret|configMap)Generator$/.test(parentKeys[parentKeys.length - 1] ?? '')) return 'environment';
  if (isSecret && parentKeys.length === 0 && (key === 'data' || key === 'stringData')) return key;
  return within;
}

/**
 * A CI step's shell (`run: |`, `script:` lines), read with the shell lexer. Returns what is not
 * shell text, to be visited as usual: CircleCI's `run: { command }`, Bitbucket's `- pipe:` items.
 */
function reportScript(context: RuleContext, node: YamlNode | undefined, paths: KnownPaths | undefined): YamlNode[] {
  const items = node?.kind === 'seq' ? node.items : node ? [node] : [];
  const rest: YamlNode[] = [];
  for (const item of items) {
    const line = stringScalar(item);
    if (line) reportShellTokens(context, lexShell(yamlScalarText(context.text, line)), ADVICE.ci, paths ? { paths } : {});
    else if (item) rest.push(item);
  }
  return rest;
}

/**
 * A CI map's `env:` (GitHub Actions' workflow, job and step; GitLab's `variables:`) over what its parents gave:
 * `env: { APP_CONFIG: config/production.json }` then `run: cat > "$APP_CONFIG" <<EOF` writes a JSON file.
 */
function envPaths(node: YamlNode & { kind: 'map' }, inherited: KnownPaths | undefined): KnownPaths | undefined {
  const env = node.pairs.find((pair) => pair.key?.value === 'env' || pair.key?.value === 'variables')?.value;
  if (env?.kind !== 'map') return inherited;
  const paths = new Map(inherited ?? []);
  for (const pair of env.pairs) {
    const value = stringScalar(pair.value ?? undefined)?.value;
    if (pair.key && typeof value === 'string') notePath(paths, String(pair.key.value), value);
  }
  return paths;
}

/**
 * Lists of name/value pairs: Kubernetes' `env: [{ name, value }]`, `{ key, value }`, Astronomer's `{ variable_name, variable_value }`,
 * CloudFormation's `{ ParameterKey, ParameterValue }`, Elastic Beanstalk's `{ option_name, value }`, a Zabbix
 * template's `macros: [{ macro: '{$API.PASSWORD}', value }]` (a default value the template ships):
 * the value key and the name it is set under.
 */
function pairedName(node: YamlNode): { valueKey: string; name: string } | undefined {
  if (node.kind !== 'map') return undefined;
  const keys = node.pairs.map((pair) => String(pair.key?.value ?? ''));
  for (const valueKey of keys) {
    const match = /^(.{0,40}?)value$/i.exec(valueKey);
    if (!match) continue;
    const prefix = match[1]!;
    const nameKeys = prefix === '' ? ['name', 'key', 'option_name', 'OptionName', 'Key', 'Name', 'macro'] : [`${prefix}name`, `${prefix}key`, `${prefix}Name`, `${prefix}Key`];
    const nameKey = nameKeys.find((candidate) => keys.includes(candidate));
    const name = nameKey === undefined ? undefined : yamlString(yamlGet(node, nameKey));
    if (name !== undefined) return { valueKey, name };
  }
  return undefined;
}

/**
 * Every login a compose file sets in an `environment:` block (`KAFKA_CLIENT_USERS: billing`,
 * `POSTGRES_USER: app`, comma lists too). The app service is handed the same local login in its own
 * block (`KAFKA_PASSWORD: billing`): a password equal to one of them is the local default, as beside it.
 */
function composeUsers(root: YamlNode | undefined): Set<string> {
  const users = new Set<string>();
  const stack: { node: YamlNode | undefined; environment: boolean }[] = [{ node: root, environment: false }];
  while (stack.length > 0) {
    const { node, environment } = stack.pop()!;
    if (node?.kind === 'map') {
      for (const pair of node.pairs) {
        const key = String(pair.key?.value ?? '');
        const value = environment && ENV_USER_KEY.test(key) ? yamlString(pair.value) : undefined;
        if (value !== undefined) for (const user of value.split(',')) users.add(user.trim());
        stack.push({ node: pair.value, environment: environment || key === 'environment' });
      }
    } else if (node?.kind === 'seq') {
      const user = environment ? listUser(node) : undefined;
      if (user !== undefined) users.add(user);
      for (const item of node.items) stack.push({ node: item, environment });
    }
  }
  users.delete('');
  return users;
}

/** The user beside the value, else the file's login that the value repeats. */
function userFor(user: string | undefined, value: string, users: ReadonlySet<string>): { user?: string } {
  if (user !== undefined) return { user };
  return users.has(value.trim()) ? { user: value.trim() } : {};
}

/** The string value of a `username:`/`user:` key of the map (in an environment block, also `POSTGRES_USER:`). */
/**
 * PayPal's classic API credentials are a user, a password and a `signature` (Payum's and Sylius'
 * `paypal_express_checkout` gateway): beside both, a signature is that API signature (weak, names.ts).
 */
function hasPasswordKey(node: YamlNode & { kind: 'map' }): boolean {
  return node.pairs.some((pair) => pair.key !== undefined && /^(?:password|pass|pwd)$/i.test(String(pair.key.value)));
}

function userOf(node: YamlNode, environment: boolean): string | undefined {
  if (node.kind !== 'map') return undefined;
  const isUserKey = (key: string) => USER_KEY.test(key) || (environment && ENV_USER_KEY.test(key));
  const pair = node.pairs.find((candidate) => candidate.key !== undefined && isUserKey(String(candidate.key?.value)));
  return yamlString(pair?.value);
}

/** The user of a `- POSTGRES_USER=app` environment list. */
function listUser(node: YamlNode & { kind: 'seq' }): string | undefined {
  for (const item of node.items) {
    const value = stringScalar(item)?.value;
    const text = typeof value === 'string' ? value : '';
    const equals = text.indexOf('=');
    if (equals > 0 && ENV_USER_KEY.test(text.slice(0, equals).trim())) return text.slice(equals + 1).trim();
  }
  return undefined;
}

function reportScalar(
  context: RuleContext,
  kind: FileKind,
  node: YamlNode | undefined,
  keys: readonly string[],
  within: Frame['within'],
  user: string | undefined,
  users: ReadonlySet<string>,
  userSecret = false,
): void {
  const name = configName(keys);
  const scalar = stringScalar(node) ?? passwordNumber(node, name, keys);
  if (!scalar) return;
  let value = yamlScalarText(context.text, scalar);
  if (within === 'data') {
    const decoded = decodeBase64(value.text);
    if (decoded === undefined) return;
    value = new MappedText(decoded, scalar.span);
  }
  const secretManifest = within === 'data' || within === 'stringData';
  if ((kind === 'kubernetes' || isHelmValues(context.path)) && !secretManifest && namesSecretObject(name, value.text)) return;
  if (value.text.includes('\n') && !readsAsCode(value.text)) reportSettingLines(context, value, ADVICE[kind]);
  if (reportHostLogin(context, name, value) || (kind === 'ci' && reportSlackRoom(context, keys, value))) return;
  // Figaro's and Rails' secrets files: a generated value under a name that says nothing is a key (secrets-files.ts).
  const nameless = !secretManifest && !userSecret && mayHoldNamelessKey(name, value.text) && isYamlSecretsFile(context);
  reportConfigValue(nameless ? asNamelessKey(context, name ?? '') : context, {
    name,
    value,
    span: scalar.span,
    ...withAdvice(secretManifest ? ADVICE.secret : ADVICE[kind], fixName(kind, keys, within)),
    // A Secret's keys say what they hold: `DB_USER`, `DB_HOST` sit beside the password, and are not one.
    alwaysCredential: (secretManifest && !namesIdentityOrPlace(name)) || userSecret || nameless,
    // A key that names no credential (`LOG_LEVEL: info`, `API_VERSION: "2024-06-20"`, settings an
    // `envFrom` reads beside the secrets) holds one only if its value is generated.
    ...((secretManifest && (name === undefined || !credentialName(name))) || userSecret || nameless ? { generatedOnly: true } : {}),
    ...composeUnescaped(kind, value.text),
    ...userFor(user, value.text, users),
    // A CI file's keys are job ids (`test:`, `dev:`), whose own policy is ci-test-jobs.ts'.
    ...(kind === 'ci' ? {} : { keys }),
  });
}

/** `BUNDLE_GEMS__CONTRIBSYS__COM`: a host's name, its dots written `__`. Also the prefilter's: no credential word need be near. */
const BUNDLER_HOST_KEY = /^[ \t]*BUNDLE_[A-Z0-9_]*?[A-Z0-9]__[A-Z0-9]/m;

/**
 * Bundler's `.bundle/config` keeps a gem server's login under the host's name, its dots written `__`:
 * `BUNDLE_GEMS__CONTRIBSYS__COM: "user:password"` (Sidekiq Pro's, a private gem server's). The
 * password half is the secret; a token in the pair (`x-access-token:ghp_…`) is found by its format.
 */
function reportHostLogin(context: RuleContext, name: string | undefined, value: MappedText): boolean {
  if (!/(?:^|\/)\.bundle\/config$/.test(context.path) || name === undefined || !BUNDLER_HOST_KEY.test(name)) return false;
  const colon = value.text.indexOf(':');
  if (colon <= 0 || !isUserPasswordPair(value.text)) return false;
  const password = value.slice(colon + 1, value.text.length);
  reportConfigValue(context, { name: 'password', value: password, span: password.whole, advice: BUNDLER_ADVICE });
  return true;
}

/** Travis CI's Slack room, `<workspace>:<token>#<channel>` (or without the channel): the integration's token in the middle. */
const SLACK_ROOM = /^[A-Za-z0-9][\w.-]{0,80}:([A-Za-z0-9]{20,40})(?:#[^\s#]{1,80})?$/d;
/**
 * The same in the raw text, for the prefilter: a `.travis.yml` may hold no credential word but `slack:`.
 * Wherever a YAML scalar can start (a line's start or a space: `- `, `rooms: `, the next line of a
 * block; a flow list's `[` or `,`; a quote), and the token not going on: a room is `rooms:`'s own
 * string as often as an item of its list (found by fast-check: `rooms:` then the room on the next
 * line, which a line-start test after `- ` or `slack:` kept out while the check reported it).
 */
const SLACK_ROOM_IN_TEXT = /(?:^|[\s[,"'])[A-Za-z0-9][\w.-]{0,80}:[A-Za-z0-9]{20,40}(?![A-Za-z0-9])/;

/** `notifications: { slack: { rooms: [ … ] } }` or `slack: …`: the token of each room, the rest of it no secret. */
function reportSlackRoom(context: RuleContext, keys: readonly string[], value: MappedText): boolean {
  const at = keys.lastIndexOf('slack');
  if (at < 1 || keys[at - 1] !== 'notifications' || keys.length - at > 2) return false;
  const token = SLACK_ROOM.exec(value.text)?.indices?.[1];
  if (!token) return false;
  const secret = value.slice(token[0], token[1]);
  reportConfigValue(context, { name: 'slack_token', value: secret, span: secret.whole, advice: ADVICE.ci });
  return true;
}

const BUNDLER_ADVICE = "set it in the environment under the same name (Bundler reads BUNDLE_<HOST> from it) or in the user's ~/.bundle/config";

/**
 * An operator's custom resource referring to a Secret by its name: `credentialsSecret: etcd-creds`,
 * `tlsSecret: ingress-tls`; a chart's values naming a Secret or a key inside one (`webhookSecretKey:
 * webhook-secret`, `existingSecretPasswordKey: redis-password`). A Kubernetes object name is lowercase
 * words joined by `-` (DNS-1123); a UUID or a random-looking value of that alphabet is still a secret.
 */
function namesSecretObject(name: string | undefined, value: string): boolean {
  const words = splitWords(name ?? '');
  const last = words.pop();
  const namesKeyOfSecret = words.includes('secret') && (last === 'key' || last === 'name' || last === 'ref');
  if (last !== 'secret' && last !== 'secrets' && !namesKeyOfSecret) return false;
  return /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(value) && value.length <= 253 && !isUuid(value) && !looksRandom(value);
}

/** A Helm chart's values: `values.yaml`, `values-production.yaml`, `values.staging.yaml`. */
function isHelmValues(path: string): boolean {
  return /^values(?:[-.][\w.-]+)?\.ya?ml$/i.test(baseName(path));
}

/** `DB_USER`, `username`, `SMTP_HOST`, `DB_PORT`, `DB_NAME`, `ADMIN_EMAIL`: who or where, not a secret. */
function namesIdentityOrPlace(name: string | undefined): boolean {
  if (name === undefined || credentialName(name)) return false;
  const last = splitWords(name).pop();
  return last !== undefined && IDENTITY_OR_PLACE.has(last);
}

const IDENTITY_OR_PLACE = new Set(['user', 'username', 'login', 'email', 'host', 'hostname', 'hosts', 'server', 'servers', 'broker', 'brokers', 'addr', 'address', 'port', 'name', 'db', 'database', 'schema', 'region', 'endpoint', 'domain']);

/** `- API_KEY=value` in a compose `environment:` list. */
function reportListEnvironment(context: RuleContext, kind: FileKind, scalar: YamlScalar, keys: readonly string[], user: string | undefined, users: ReadonlySet<string>): void {
  const text = yamlScalarText(context.text, scalar);
  const equals = text.text.indexOf('=');
  if (equals <= 0) return;
  const name = text.text.slice(0, equals).trim();
  const value = text.slice(equals + 1);
  reportConfigValue(context, {
    name,
    value,
    span: text.exact ? value.whole : scalar.span,
    ...withAdvice(ADVICE[kind], fixName(kind, [...keys, name], 'environment')),
    ...composeUnescaped(kind, value.text),
    ...userFor(user, value.text, users),
    // A CI file's keys are job ids (`test:`, `dev:`), whose own policy is ci-test-jobs.ts'.
    ...(kind === 'ci' ? {} : { keys }),
  });
}

/** Compose reads `$$` as a literal `$`: the value moved to .env is the one the container gets. */
function composeUnescaped(kind: FileKind, text: string): { unescaped?: string } {
  return kind === 'compose' && text.includes('$$') ? { unescaped: text.replace(/\$\$/g, '$') } : {};
}

/** The advice names the variable the fix would use: `use ${POSTGRES_PASSWORD} interpolation`. */
function withAdvice(advice: string, fix: { envName?: string }): { advice: string; envName?: string } {
  return { advice: advice.replace('${NAME}', `\${${fix.envName ?? 'NAME'}}`), ...fix };
}

/** Compose and Spring files interpolate `${NAME}`; elsewhere a moved value would not come back. */
/**
 * A compose service's command (`command:`, `entrypoint:`, a healthcheck's `test:`): a shell line or an exec-form list,
 * read as the shell reads it (`redis-server --requirepass …`, `mysql -p…`, a `sh -c` script), not as one setting whose
 * key names a variable (`${COMMAND}` would be nonsense): the value reaches a command through the container's environment.
 */
function isComposeCommand(keys: readonly string[]): boolean {
  const key = keys[keys.length - 1];
  const service = keys.length === 3 && keys[0] === 'services';
  return (service && (key === 'command' || key === 'entrypoint')) || (keys.length === 4 && keys[0] === 'services' && keys[2] === 'healthcheck' && key === 'test');
}

function reportComposeCommand(context: RuleContext, node: YamlNode | null | undefined): void {
  const line = stringScalar(node ?? undefined);
  if (line) return reportShellTokens(context, lexShell(yamlScalarText(context.text, line)), COMPOSE_COMMAND_ADVICE);
  if (node?.kind !== 'seq') return;
  const argv = node.items.map((item) => { const scalar = stringScalar(item); return scalar && yamlScalarText(context.text, scalar); });
  // A healthcheck's test: `["CMD", "redis-cli", "-a", "…", "ping"]` runs the rest as argv, `["CMD-SHELL", "…"]` in a shell.
  const form = argv[0]?.text;
  if (form === 'CMD-SHELL' && argv[1]) return reportShellTokens(context, lexShell(argv[1]), COMPOSE_COMMAND_ADVICE);
  // One item of several words is a script for the entrypoint's shell (`entrypoint: ["/bin/bash", "-ec"]`, `command: [ |\n …]`):
  // exec'd as a program it would not start.
  if (argv.length === 1 && argv[0] && /\s/.test(argv[0].text.trim())) return reportShellTokens(context, lexShell(argv[0]), COMPOSE_COMMAND_ADVICE);
  reportArgv(context, form === 'CMD' ? argv.slice(1) : argv, COMPOSE_COMMAND_ADVICE);
}

const COMPOSE_COMMAND_ADVICE = "pass it to the command through the container's environment (`$$DB_PASSWORD` in the command, `DB_PASSWORD: ${DB_PASSWORD}` under environment:) and keep the value in a git-ignored .env file";

function fixName(kind: FileKind, keys: readonly string[], within: Frame['within']): { envName?: string } {
  const name = keys[keys.length - 1];
  if (kind === 'compose' && name !== undefined) return { envName: within === 'environment' ? name : envNameFrom([name]) };
  if (kind === 'spring' && keys.length > 0) return { envName: envNameFrom(keys) };
  return {};
}

/** A Secret's `data:` value decoded, if it is base64 of printable text. */
function decodeBase64(value: string): string | undefined {
  const compact = value.replace(/\s+/g, '');
  if (compact === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 !== 0) return undefined;
  const decoded = Buffer.from(compact, 'base64').toString('utf8');
  return /^[\x20-\x7e\t\r\n]*$/.test(decoded) ? decoded : undefined;
}

export const yamlCheck: LanguageCheck = {
  languages: ['yaml'],
  // `redis-cli -a …` in a compose healthcheck: the flag is no credential word.
  keywords: [...CONFIG_CREDENTIAL_KEYWORDS, 'redis-cli'],
  patterns: [BUNDLER_HOST_KEY, SLACK_ROOM_IN_TEXT, ACCOUNT_ITEM_LINE, HMAC_ALGORITHM_LINE, NAMELESS_KEY_LINE],
  check,
};
