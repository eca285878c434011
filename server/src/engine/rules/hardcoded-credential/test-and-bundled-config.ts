// Config files whose own content says a value guards nothing deployed: a compose file of test services (outside a
// test-named path), and the password of a keystore the app bundles in its jar. Wrappers around a check's reports,
// so the checks that find the values stay as they are.
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Report } from '../../types';
import { withNote } from '../../sentences';
import { isChosenPhrase } from '../../secrets';
import { COMPOSE_NAME, isTestServicesCompose } from '../compose-files';

/** A compose file of test services: its reports carry the test scope (information for a guess, a format stays). */
export function withTestServicesCompose(check: LanguageCheck): LanguageCheck {
  return {
    ...check,
    check: (context) => {
      const test = context.scope === 'app' && COMPOSE_NAME.test(context.path) && context.parsed.yaml.some((document) => isTestServicesCompose(context.path, document.contents));
      check.check(test ? { ...context, report: (found: Report) => context.report({ ...found, scope: 'test' }) } : context);
    },
  };
}

/** `classpath:keystore/keystore.p12`: a keystore inside the jar, which anybody who has the jar can open. */
const BUNDLED_KEYSTORE = /classpath\*?:[^\s"'}]*\.(?:p12|pfx|jks|keystore|bks)\b/i;
/** `store_password`, `key-store-password`, `server.ssl.key-password`, `trust-store-password`: a keystore's passwords. */
const KEYSTORE_PASSWORD_KEY = /(?:key|trust)?[-_.]?store[-_.]?password|(?:^|[\s.])key[-_]?password|ssl[-_.]\w*password/i;
/** How far above its password a keystore's file is named (the same `ssl:` block). */
const KEYSTORE_BLOCK_LINES = 8;

const BUNDLED_KEYSTORE_NOTE = ' It is the password of a keystore bundled in the app (classpath:), which is as public as the jar, so reported as information.';

/**
 * ThingsBoard's `store_password: "${SSL_KEY_STORE_PASSWORD:demoapp}"` under `store_file: "${SSL_KEY_STORE:classpath:keystore/keystore.p12}"`:
 * the default password opens the demo keystore the jar ships, not a deploy's; a deploy sets both variables. Any other
 * value in the file (a signing key's fallback), and a random-looking keystore password (which may be a real keystore's
 * that a deploy swaps in), are judged as ever.
 */
export function withBundledKeystores(check: LanguageCheck): LanguageCheck {
  return {
    ...check,
    check: (context) => {
      if (!context.text.includes('classpath') || !BUNDLED_KEYSTORE.test(context.text)) return check.check(context);
      check.check({ ...context, report: (found: Report) => context.report(isBundledKeystorePassword(context, found) ? { ...found, severity: 'info', message: withNote(found.message, BUNDLED_KEYSTORE_NOTE) } : found) });
    },
  };
}

function isBundledKeystorePassword(context: RuleContext, found: Report): boolean {
  // A random-looking password may be a real keystore's whose file a deploy swaps in: judged as ever.
  if (found.secret === undefined || !isChosenPhrase(found.secret.trim())) return false;
  const lineStart = context.text.lastIndexOf('\n', found.span.start - 1) + 1;
  if (!KEYSTORE_PASSWORD_KEY.test(context.text.slice(lineStart, found.span.start))) return false;
  let blockStart = lineStart;
  for (let line = 0; line < KEYSTORE_BLOCK_LINES && blockStart > 0; line++) blockStart = context.text.lastIndexOf('\n', blockStart - 2) + 1;
  return BUNDLED_KEYSTORE.test(context.text.slice(blockStart, found.span.start));
}
