// `JwtKey = "hx-jwt-key"` whose only use is `http.Cookie{Name: JwtKey}` (probe30c 1), `TOKEN_KEY = 'board_session_token'` in
// `res.cookie(TOKEN_KEY, token)`: a credential-named constant whose value spells a name (words ending in the key's own word)
// and whose every use in the file is a cookie's, a header's or a browser store's *name* slot. It is a label, not a secret,
// in every language whose uses one file shows. A use anywhere else (a signer, an export, a helper) keeps the reading of a
// stub the app signs with (credential-value.ts isLiveStub); so does a file that never uses the name (another file may sign),
// unless it defines the signing secret beside it under the same first words (`JwtKey` beside `JwtSecret`).

/** The words a label's value and name end in: `…-jwt-key`, `…_session_token`, `…-auth-cookie`. */
const LABEL_ENDINGS = new Set(['key', 'token', 'cookie', 'session', 'sid', 'header']);

/** Lowercase words joined by `-`, `_` or `.`, two to six of them: a name someone spelled, not a drawn value. */
const SPELLED_NAME = /^[a-z][a-z0-9]{0,20}(?:[-_.][a-z0-9]{1,20}){1,5}$/;

/**
 * What a name slot's text ends with, just before the constant: `Name: ` (Go's http.Cookie), `res.cookie(`, `c.Cookie(`,
 * `SetCookie(`, `set_cookie(`, `setcookie(`, `r.Header.Get(`, `GetHeader(`, `req.get(`, `request.cookies.get(`,
 * `req.cookies[`, `$_COOKIE[`, `headers[`, `localStorage.getItem(`. Bounded window, anchored at its end: linear.
 */
const NAME_SLOT_BEFORE =
  /(?:\bName:\s*|\b(?:cookie|Cookie|clearCookie|SetCookie|setCookie|getCookie|deleteCookie|removeCookie|set_cookie|delete_cookie|get_cookie|setcookie|GetHeader|getHeader|setHeader|header)\s*\(\s*|\b(?:req|request|ctx|c)\.get\s*\(\s*|(?:\bcookies|\bCookies|\bheaders|\bHeaders|\bHeader(?:\(\))?|\$_COOKIE)\s*(?:\.\s*(?:get|set|delete|has|remove|fetch|getlist|Get|Set|Del|Add|Values)\s*)?[[(]\s*|\b(?:localStorage|sessionStorage|AsyncStorage)\s*\.\s*(?:getItem|setItem|removeItem)\s*\(\s*)$/;
const NAME_SLOT_AFTER = /^\s*[\]),]/;
/** The constant's own definition: `X = …`, `X := …`, `const X = …` (PHP, JS), `define('X', …)`. */
const DEFINITION_AFTER = /^\s*(?::?=(?!=)|['"]\s*,)/;
const WINDOW = 60;

/** Whether `value` under `name` spells a label and every use of `name` in `text` is a cookie's, header's or store's name. */
export function isLabelConstant(value: string, name: string, text: string): boolean {
  const own = name.slice(name.lastIndexOf('.') + 1);
  if (!/^[A-Za-z_][A-Za-z0-9_]{1,80}$/.test(own) || !SPELLED_NAME.test(value)) return false;
  const last = value.split(/[-_.]/).pop()!;
  if (!LABEL_ENDINGS.has(last) || !own.toLowerCase().endsWith(last)) return false;
  let labels = 0;
  for (let at = text.indexOf(own); at !== -1; at = text.indexOf(own, at + own.length)) {
    const end = at + own.length;
    if (/[\w$]/.test(text[at - 1] ?? '') || /\w/.test(text[end] ?? '')) continue;
    const after = text.slice(end, end + 24);
    if (DEFINITION_AFTER.test(after)) continue;
    if (!NAME_SLOT_BEFORE.test(text.slice(Math.max(0, at - WINDOW), at)) || !NAME_SLOT_AFTER.test(text.slice(end, end + 2))) return false;
    labels++;
  }
  return labels > 0 || definesSecretBeside(own, last, text);
}

/**
 * `JwtKey = "hx-jwt-key"` beside `JwtSecret = []byte(…)` (histeng's `setting/jwt.go`, whose handlers in another package
 * put JwtKey in a cookie's Name): an app signs its JWTs with one secret, and the file defines it under the same first
 * words, so the `…Key` that spells a name is that token's label. A file with no such sibling (`JWTKey = "notes-dev-jwt-key"`
 * read by an auth package) keeps the stub's reading.
 */
function definesSecretBeside(own: string, last: string, text: string): boolean {
  if (last !== 'key' && last !== 'token') return false;
  const stem = own.slice(0, own.length - last.length);
  if (stem.replace(/_$/, '') === '') return false;
  const sibling = stem + (own.endsWith(last.toUpperCase()) ? 'SECRET' : own.endsWith(last) ? 'secret' : 'Secret');
  for (let at = text.indexOf(sibling); at !== -1; at = text.indexOf(sibling, at + sibling.length)) {
    const end = at + sibling.length;
    if (!/[\w$]/.test(text[at - 1] ?? '') && DEFINITION_AFTER.test(text.slice(end, end + 24))) return true;
  }
  return false;
}
