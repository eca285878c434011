// Committed key files (`*.key`, `*.pem`, `id_rsa`, `id_ed25519`, `*.p8`): a private key in the
// repository is a credential whatever the file is called. Certificates and public keys in the
// same formats are not secrets and stay silent. Rails' master key is 32 hex digits in config/master.key.
// A symmetric key is written bare: a generated value under a credential's name (`key = 97FF…`), or alone in a
// file whose path says it encrypts or signs (`encryptionkeys/premium.key`) or is named for a secret (`deploy/token`,
// detect.ts); a bare value in any other key file
// (`licenses/product.key`) is left alone: a license or a fixture as often as a key, and no format says which.
import { baseName, isKeyMaterialOnlyByName, isSecretFileName } from '../../languages/detect';
import { findTokens } from '../../secrets';
import { looksRandom } from '../../secrets/entropy';
import { credentialName } from '../../secrets/names';
import { findPemPrivateKeys } from '../../secrets/pem';
import type { LanguageCheck, RuleContext } from '../../rule';
import { article } from './report';

/** Rails' `config/master.key` and `config/credentials/<env>.key`: the key that decrypts every credential. */
const RAILS_KEY_PATH = /(?:^|\/)config\/(?:master|credentials\/[\w-]+)\.key$/;
const RAILS_KEY = /^[0-9a-f]{32}\s*$/;

function check(context: RuleContext): void {
  if (RAILS_KEY_PATH.test(context.path) && RAILS_KEY.test(context.text)) {
    context.report({
      span: { start: 0, end: 32 },
      secret: context.text.slice(0, 32),
      message:
        'Factor III: the Rails master key is committed; it decrypts every credential in config/credentials. ' +
        'Rotate it (re-encrypt the credentials), remove the file from the repository, and set RAILS_MASTER_KEY at run time.',
    });
    return;
  }
  // A text file only its name says may hold a key (`app_private_key.txt`): its PEM blocks, nothing else a name could guess.
  if (isKeyMaterialOnlyByName(context.path)) return reportPemBlocks(context);
  // age-keygen's identity file: `# public key: age1…` (the recipient, public) over `AGE-SECRET-KEY-1…`; a token of a known
  // format in a file named for a secret (`deploy/token`: `ghp_…`).
  const tokens = findTokens(context.text).filter((token) => token.id !== 'private-key');
  for (const token of tokens) {
    const age = token.id === 'age';
    context.report({
      span: { start: token.start, end: token.end },
      secret: context.text.slice(token.start, token.end),
      message: age
        ? 'Factor III: an age secret key is committed in this file; rotate it (re-encrypt what it opens), remove the file from the repository, and provide it at run time (SOPS_AGE_KEY, a mounted file).'
        : `Factor III: ${article(token.format)} ${token.format} is committed in this file; rotate it, remove the file from the repository, and provide it at run time (a mounted secret or an environment variable).`,
    });
  }
  if (tokens.length === 0 && !context.text.includes('-----BEGIN') && !/^ssh-|^ecdsa-/m.test(context.text)) reportBareKeys(context);
  reportPemBlocks(context);
}

function reportPemBlocks(context: RuleContext): void {
  if (!context.text.includes('-----BEGIN')) return;
  for (const block of findPemPrivateKeys(context.text)) {
    // The BEGIN line says what it is; squiggling the whole body would hide the file.
    const headerEnd = context.text.indexOf('\n', block.start);
    const end = headerEnd < 0 || headerEnd > block.end ? block.end : headerEnd;
    context.report({
      span: { start: block.start, end: context.text[end - 1] === '\r' ? end - 1 : end },
      secret: context.text.slice(block.start, block.end),
      message:
        'Factor III: a private key is committed in this file; rotate it, remove the file from the repository ' +
        '(and its history), and provide the key at run time (a mounted secret or an environment variable).',
    });
  }
}

/** One value on its own line, bare or under a name: `97FF…`, `key = 97FF…`, `secret: "…"`. */
const VALUE_LINE = /^[ \t]*(?:([\w.-]{1,64})[ \t]*[=:][ \t]*)?(["']?)([A-Za-z0-9+/_-]{16,512}={0,2})\2[ \t]*\r?$/gm;

/** A path that says what the key is for: encryption, signing, sessions. */
const KEY_PURPOSE = /encrypt|crypt|cipher|secret|signing|hmac|aes|jwt|session|cookie/i;

/** A generated value: random-looking, or 32 hex digits or more (an AES-256 key is 64, which looksRandom reads as a digest). */
function isGenerated(value: string): boolean {
  return looksRandom(value) || /^[0-9a-f]{32,}$/i.test(value);
}

/** `key`, `aes_key`, `secret`, `hmacSecret`: in a key file a bare `key` is the key, not a lookup's. */
function namesKey(name: string): boolean {
  return credentialName(name) !== undefined || /(?:^|[_.-])(?:key|secret|token)$/i.test(name);
}

function reportBareKeys(context: RuleContext): void {
  const purposeInPath = KEY_PURPOSE.test(context.path.replace(/\.[^./]*$/, '')) || isSecretFileName(baseName(context.path));
  for (const match of context.text.matchAll(VALUE_LINE)) {
    const [, name, , value] = match;
    if (!isGenerated(value!) || (name === undefined ? !purposeInPath : !namesKey(name))) continue;
    const start = match.index! + match[0].indexOf(value!);
    context.report({
      span: { start, end: start + value!.length },
      secret: value!,
      // The file's name or the value's says it is a key, and the value is generated (a 64-hex key reads as a digest).
      confidence: 'name-and-entropy',
      message:
        `Factor III: a generated key${name === undefined ? '' : ` ("${name}")`} is committed in this file; rotate it (re-encrypt or re-sign what it protects), ` +
        'remove the file from the repository, and provide the key at run time (a mounted secret or an environment variable).',
    });
  }
}

export const keyfileCheck: LanguageCheck = {
  languages: ['keyfile'],
  // Always run: key files are few and small, and what is in them (a PEM block, a token of any format, a bare key) has no
  // one word to announce it.
  keywords: [],
  check,
};
