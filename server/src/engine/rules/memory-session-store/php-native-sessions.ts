// PHP's own sessions (`session_start()`) with nothing chosen: PHP's default `files` handler keeps each session in a
// file of this server's temporary folder, lost with the container and unseen by the next replica. Reported when the
// project is known (composer.json read beside it) and configures no other handler anywhere we can see: no Redis or
// Memcached client in composer.json's `require` (a php.ini in the image that picks them needs the extension), and
// nothing in the file that picks a handler or a folder (`ini_set('session.save_handler', …)`, `session_save_path`,
// `session_set_save_handler`, which are judged on their own). Scripts with no composer.json (a shared host's php.ini
// decides) are left alone.
import { callOf } from '../../languages/php';
import { nodeSpan, walkTree } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { ADVICE, DISK, report } from './php';

/** composer packages that mean the sessions' handler is a shared store (phpredis, Relay, Predis, Memcached). */
const SHARED_STORE_PACKAGE = /^(?:ext-(?:redis|relay|memcached?)|predis\/predis|snc\/redis-bundle|colinmollenhour\/credis)$/i;
/** The file picks the handler or its folder itself: those lines are what is judged. */
const CHOSEN_IN_FILE = /session\.save_handler|session\.save_path|session_save_path|session_set_save_handler|SessionHandlerInterface/;

function check(context: RuleContext): void {
  const composer = context.options.dependencies?.composer;
  const root = context.parsed.tree?.rootNode;
  if (!root || !composer || composer.packages.some((name) => SHARED_STORE_PACKAGE.test(name)) || CHOSEN_IN_FILE.test(context.text)) return;
  walkTree(root, (node) => {
    const call = callOf(node);
    if (call?.kind === 'function' && call.name.toLowerCase() === 'session_start') {
      report(context, nodeSpan(node), "`session_start()` with PHP's default `files` handler (nothing in the project picks another)", DISK, `${ADVICE} (session.save_handler = redis, with ext-redis)`);
    }
  });
}

export const phpNativeSessionCheck: LanguageCheck = { languages: ['php'], keywords: ['session_start'], check };
