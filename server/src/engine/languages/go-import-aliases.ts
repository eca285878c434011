// Go packages known under a second import path, so that every rule's tables name each package once
// (by its canonical path) and a file importing the other path reads the same.

/** Whole packages: the same code under another path. */
const PACKAGE_ALIASES: ReadonlyMap<string, string> = new Map([
  // gomail's own GitHub repository; gopkg.in/gomail.v2 redirects to it (Chinese tutorials import it so).
  ['github.com/go-gomail/gomail', 'gopkg.in/gomail.v2'],
]);

/** Single functions of a legacy package that kept another package's signature. */
const FUNCTION_ALIASES: ReadonlyMap<string, string> = new Map([
  // gin-gonic/contrib/sessions (gin-contrib/sessions before the split) wraps gorilla's store: NewCookieStore(keyPairs…);
  // its NewRedisStore(size, network, address, password, keyPairs…) is gin-contrib's redis.NewStore.
  ['github.com/gin-gonic/contrib/sessions.NewCookieStore', 'github.com/gorilla/sessions.NewCookieStore'],
  ['github.com/gin-gonic/contrib/sessions.NewRedisStore', 'github.com/gin-contrib/sessions/redis.NewStore'],
]);

/** `github.com/go-gomail/gomail.NewDialer` -> `gopkg.in/gomail.v2.NewDialer`; any other name as given. */
export function canonicalGoName(path: string, member: string): string {
  const whole = `${path}${member}`;
  const fn = FUNCTION_ALIASES.get(whole);
  if (fn !== undefined) return fn;
  const alias = PACKAGE_ALIASES.get(path);
  return alias === undefined ? whole : `${alias}${member}`;
}
