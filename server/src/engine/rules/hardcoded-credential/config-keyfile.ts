// Committed key files (`*.key`, `*.pem`, `id_rsa`, `id_ed25519`, `*.p8`): a private key in the
// repository is a credential whatever the file is called. Certificates and public keys in the
// same formats are not secrets and stay silent. Rails' master key is 32 hex digits in config/master.key.
import { findTokens } from '../../secrets';
import { findPemPrivateKeys } from '../../secrets/pem';
import type { LanguageCheck, RuleContext } from '../../rule';

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
  // age-keygen's identity file: `# public key: age1…` (the recipient, public) over `AGE-SECRET-KEY-1…`.
  for (const identity of findTokens(context.text).filter((token) => token.id === 'age')) {
    context.report({
      span: { start: identity.start, end: identity.end },
      secret: context.text.slice(identity.start, identity.end),
      message: 'Factor III: an age secret key is committed in this file; rotate it (re-encrypt what it opens), remove the file from the repository, and provide it at run time (SOPS_AGE_KEY, a mounted file).',
    });
  }
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

export const keyfileCheck: LanguageCheck = {
  languages: ['keyfile'],
  keywords: ['private key', 'age-secret-key-1'],
  patterns: [RAILS_KEY],
  check,
};
