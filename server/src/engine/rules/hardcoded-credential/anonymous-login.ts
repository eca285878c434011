// Anonymous FTP (RFC 1635): the user `anonymous` (or `ftp`) signs in with any password, by custom an e-mail address or
// `guest`; the pair opens a public mirror and holds no secret: `ftp.login("anonymous", "guest@")`.
const ANONYMOUS_USERS = new Set(['anonymous', 'ftp']);

/** Whether a login's user, as written, is the anonymous one. */
export function isAnonymousUser(user: string | undefined): boolean {
  return user !== undefined && ANONYMOUS_USERS.has(user.toLowerCase());
}
