import type { LanguageId } from '../types';

const BY_EXTENSION: Readonly<Record<string, LanguageId>> = {
  '.js': 'javascript',
  '.cjs': 'javascript',
  '.mjs': 'javascript',
  '.jsx': 'javascript',
  '.ts': 'typescript',
  '.cts': 'typescript',
  '.mts': 'typescript',
  '.tsx': 'typescript',
  '.json': 'json',
  '.jsonc': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.properties': 'properties',
  '.dockerfile': 'dockerfile',
  '.py': 'python',
  '.go': 'go',
  '.java': 'java',
  '.kt': 'kotlin',
  '.kts': 'kotlin',
  '.rb': 'ruby',
  '.rake': 'ruby',
  '.php': 'php',
  '.ini': 'ini',
  '.sh': 'shell',
  '.bash': 'shell',
  '.key': 'keyfile',
  '.pem': 'keyfile',
  '.p8': 'keyfile',
  '.hocon': 'hocon',
};

/** SSH private keys are named by convention, without an extension. */
const KEY_FILE_NAMES = new Set(['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', 'id_ecdsa_sk', 'id_ed25519_sk']);
/** Typesafe Config's application.conf (Akka, Play, Ktor), also per environment: application.prod.conf. */
const HOCON_NAMES = /^application(?:\.[\w-]+)?\.conf$/;

/** XML files a rule reads (logging configs); other XML is not ours. */
const XML_NAMES = /^(logback(-spring|-test)?|log4j2?(-spring|-test)?)\.xml$/;
const RUBY_NAMES = new Set(['gemfile', 'rakefile', 'config.ru']);

/** Which of our languages a path is, from its name; undefined for files no rule reads. */
export function languageOf(path: string): LanguageId | undefined {
  const name = baseName(path);
  const lower = name.toLowerCase();
  if (lower === 'dockerfile' || lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile')) return 'dockerfile';
  if (lower === 'containerfile') return 'dockerfile';
  if (lower === 'procfile' || lower.startsWith('procfile.')) return 'procfile';
  if (lower === '.env' || lower.startsWith('.env.') || lower.endsWith('.env')) return 'dotenv';
  if (lower.endsWith('.d.ts')) return undefined;
  if (XML_NAMES.test(lower)) return 'xml';
  if (RUBY_NAMES.has(lower)) return 'ruby';
  if (KEY_FILE_NAMES.has(lower)) return 'keyfile';
  if (HOCON_NAMES.test(lower)) return 'hocon';
  const dot = lower.lastIndexOf('.');
  return dot >= 0 ? BY_EXTENSION[lower.slice(dot)] : undefined;
}

export function baseName(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(slash + 1);
}
