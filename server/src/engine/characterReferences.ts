// Character references as HTML and XML write them (`&#259;`, `&#x103;`, `&amp;`): the text a
// reader sees, for the tests that judge what a value says.

/**
 * Every numeric reference decoded, a named one by `named` (an unknown name, or a code point out
 * of range, stays as written).
 */
export function decodeCharacterReferences(text: string, named: (name: string) => string | undefined): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,7});/gi, (whole, reference: string) => {
    if (reference[0] !== '#') return named(reference) ?? whole;
    const code = reference[1] === 'x' || reference[1] === 'X' ? parseInt(reference.slice(2), 16) : parseInt(reference.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
