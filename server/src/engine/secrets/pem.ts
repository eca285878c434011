// PEM private key blocks. The header is a regex; the body is found by scanning to the END line,
// which a regex could only do with an unbounded lazy match.

const BEGIN = /-----BEGIN (?:(?:RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY(?: BLOCK)?-----/g;
const END_MARKER = '-----END ';
const MAX_BODY = 20_000;
/** Fewer key characters than this is a header used as a constant (`startsWith('-----BEGIN ...')`), not a key. */
const MIN_KEY_CHARS = 64;

/** Private key blocks, BEGIN line through END line (or through the key characters when END is missing). */
export function findPemPrivateKeys(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let from = 0;
  for (const match of text.matchAll(BEGIN)) {
    if (match.index < from) continue;
    const bodyStart = match.index + match[0].length;
    const end = blockEnd(text, bodyStart);
    const body = text.slice(bodyStart, end);
    if (keyCharacters(body) >= MIN_KEY_CHARS && !isDummyBody(body)) found.push({ start: match.index, end });
    from = end;
  }
  return found;
}

function blockEnd(text: string, bodyStart: number): number {
  const endMarker = text.indexOf(END_MARKER, bodyStart);
  if (endMarker >= 0 && endMarker - bodyStart <= MAX_BODY) {
    const close = text.indexOf('-----', endMarker + END_MARKER.length);
    if (close >= 0 && close - endMarker < 80) return close + 5;
  }
  let end = bodyStart;
  const limit = Math.min(text.length, bodyStart + MAX_BODY);
  while (end < limit && /[A-Za-z0-9+/=\s\\]/.test(text.charAt(end))) end++;
  return end;
}

function keyCharacters(body: string): number {
  // `\n` escapes inside a JS string are not key characters.
  const withoutEscapes = body.replace(/\\[nr]/g, ' ');
  let count = 0;
  for (const char of withoutEscapes) if (/[A-Za-z0-9+/]/.test(char)) count++;
  return count;
}

function isDummyBody(body: string): boolean {
  return /\.\.\.|…|xxxxx|\$\{|<[^>\n]{1,40}>/i.test(body);
}
