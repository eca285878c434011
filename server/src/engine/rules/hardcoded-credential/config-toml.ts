// TOML config files (a Go or Rust service's config.toml, Streamlit's secrets.toml, fly.toml and
// netlify.toml `[env]` blocks): a literal under a credential key (`[database] password = "…"`),
// tokens and URL passwords in any value; Terraform's .tfvars and .tf files alike (the same
// assignments, maps and lists; a .tf's references and interpolations are not literals), and Prisma's
// schema.prisma (`url = "postgresql://…"` in its datasource; `env("X")` is a call). None can
// read the environment, so no fix is offered.
// Left alone: dependency tables (Cargo.toml, Poetry: keys are package names), git-ignored files
// (a local secrets.toml is where Streamlit wants the secret), placeholders and empty values.
import { parseToml, type TomlValue } from '../../languages/toml';
import type { LanguageCheck, RuleContext } from '../../rule';
import { lexShell } from '../../languages/shell';
import { asLocalDevelopment, configName, reportConfigValue, reportUnparsedPrivateKeys } from './config-common';
import { isLocalStageSwitch } from './stage-switch';
import { loginKeyPrefix, passwordKeyPrefix } from './login-beside';
import { reportShellTokens } from './config-shell-commands';
import { CREDENTIAL_KEYWORDS } from './keywords';

const ADVICE = 'read it from the environment (or the platform\'s secret store) in the code that loads this file, and rotate it';
const TFVARS_ADVICE = 'pass it as TF_VAR_<name> from the environment or a secret store instead of a committed .tfvars file, mark the variable sensitive, and rotate it';
const TERRAFORM_ADVICE = 'declare a variable (sensitive = true) and pass it as TF_VAR_<name> from the environment or a secret store, and rotate it';

const PRISMA_ADVICE = 'write url = env("DATABASE_URL") and set the variable in the environment, and rotate it';

const HASHICORP_ADVICE = 'read it from Vault or the environment at run time (a Nomad template stanza, a Consul or Vault agent reading an env var or a file kept outside the repository), and rotate it';

function adviceFor(context: RuleContext, hcl: boolean): string {
  if (context.language !== 'tfvars') return ADVICE;
  if (context.path.endsWith('.prisma')) return PRISMA_ADVICE;
  if (context.path.endsWith('.hcl') || context.path.endsWith('.nomad')) return HASHICORP_ADVICE;
  return hcl ? TERRAFORM_ADVICE : TFVARS_ADVICE;
}

/** `[dependencies]`, `[dev-dependencies]`, `[tool.poetry.dependencies]`, `[workspace.dependencies]`: package names and versions. */
function isDependencyTable(path: readonly string[]): boolean {
  return path.some((segment) => /dependencies$/i.test(segment));
}

function check(outer: RuleContext): void {
  if (outer.options.gitIgnored === true) return;
  // Block labels (`variable "x" {`, `task "api" {`, `method "approle" {`) in .tf and .hcl files alike.
  const hcl = outer.path.endsWith('.tf') || outer.path.endsWith('.hcl') || outer.path.endsWith('.nomad');
  const advice = adviceFor(outer, hcl);
  const entries = parseToml(outer.text, { hcl });
  // `env = "development"`, `[app] env = "dev"`: the local setup's config as a whole (stage-switch.ts).
  const context = !hcl && entries.some((entry) => entry.quoted && isLocalStageSwitch(outer.path, entry.path, entry.value.text)) ? asLocalDevelopment(outer) : outer;
  const users = usersByTable(entries);
  for (const entry of entries) {
    if (isDependencyTable(entry.path)) continue;
    reportConfigValue(context, { name: nameOf(entry, context.path.endsWith('.tf')), value: entry.value, span: entry.value.whole, advice, keys: entry.path, ...userOf(users, entry) });
  }
  // Only where the file breaks TOML's rules may a key sit outside every value: a key in a comment stays the comment check's.
  if (context.text.includes('PRIVATE KEY-----')) reportUnparsedPrivateKeys(context, entries.map((entry) => entry.span), advice);
  if (context.path.endsWith('.tf') && BOOT_SCRIPT_HEREDOC.test(context.text)) reportBootScripts(context, advice);
}

/**
 * A machine's first-boot script written as a heredoc: `user_data = <<-EOT … EOT` (AWS), `custom_data` (Azure),
 * `metadata_startup_script` (GCP). Terraform passes it to the machine as is: it is a shell script, read as one
 * (`cat > /etc/app/worker.yml <<EOF … password: …`, `export API_KEY=…`); `\${var.x}` in it is Terraform's read.
 */
const BOOT_SCRIPT_KEYS = new Set(['user_data', 'custom_data', 'metadata_startup_script', 'startup_script']);
const BOOT_SCRIPT_HEREDOC = /\b(?:user_data|custom_data|metadata_startup_script|startup_script)[ \t]*=[ \t]*<</;

function reportBootScripts(context: RuleContext, advice: string): void {
  for (const entry of parseToml(context.text, { hcl: true, heredocs: true })) {
    if (entry.value.text.includes('\n') && BOOT_SCRIPT_KEYS.has(entry.path[entry.path.length - 1]!)) reportShellTokens(context, lexShell(entry.value), advice);
  }
}

/**
 * The logins of each table by their key's prefix: `[database] user = "shop"` beside `password = "shop"` is the user
 * name beside it, as the same pair in INI, YAML or `.properties` is (config-common.ts isUserAsPassword; probe27c 2).
 */
function usersByTable(entries: readonly TomlValue[]): Map<string, string> {
  const users = new Map<string, string>();
  for (const entry of entries) {
    const prefix = entry.inArray || !entry.quoted ? undefined : loginKeyPrefix(entry.path[entry.path.length - 1]!);
    if (prefix !== undefined && entry.value.text !== '') users.set(tableKey(entry.path, prefix), entry.value.text);
  }
  return users;
}

function userOf(users: ReadonlyMap<string, string>, entry: TomlValue): { user?: string } {
  const prefix = entry.inArray ? undefined : passwordKeyPrefix(entry.path[entry.path.length - 1]!);
  const user = prefix === undefined ? undefined : users.get(tableKey(entry.path, prefix));
  return user === undefined ? {} : { user };
}

function tableKey(path: readonly string[], prefix: string): string {
  return `${path.slice(0, -1).join('\0')}\0${prefix.toLowerCase()}`;
}

/** In a .tf, what these keys hold is named by their block's label: `variable "db_password" { default = … }`. */
const LABEL_NAMED_KEYS = new Set(['default', 'value']);

/** An array item is judged by what it holds (a token, a URL password), not by its key. */
function nameOf(entry: TomlValue, terraform: boolean): string | undefined {
  if (entry.inArray) return undefined;
  const path = entry.path;
  // Consul's `tokens { default = "…" }` is the default token: only Terraform names a default by its block.
  const labelled = terraform && path.length >= 2 && LABEL_NAMED_KEYS.has(path[path.length - 1]!);
  return configName(labelled ? path.slice(0, -1) : path);
}

export const tomlCheck: LanguageCheck = {
  languages: ['toml', 'tfvars'],
  keywords: CREDENTIAL_KEYWORDS,
  check,
};
