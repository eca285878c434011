// YAML that a Jinja pass renders first (Salt's .sls states and pillars): the tags are not YAML
// (`{% for user in users %}` lines, `password: {{ pillar['pw'] }}` flow-looking values), so the
// parser would give up on the file. Neutralised in place, offsets kept: statement and comment tags
// become spaces, an expression `{{ … }}` becomes `${ … } `, which every check reads as a reference
// (an interpolation, never a value).

/** The text with its Jinja tags neutralised, the same length (so every span is the source's). */
export function withoutJinja(text: string): string {
  if (!text.includes('{%') && !text.includes('{#') && !text.includes('{{')) return text;
  const chars = text.split('');
  blankTags(text, chars, '{%', '%}');
  blankTags(text, chars, '{#', '#}');
  rewriteExpressions(text, chars);
  return chars.join('');
}

/** Each `open … close` tag becomes spaces (line breaks kept). Linear: an unclosed tag ends the search. */
function blankTags(text: string, chars: string[], open: string, close: string): void {
  for (let start = text.indexOf(open); start !== -1; ) {
    const end = text.indexOf(close, start + open.length);
    if (end === -1) return;
    for (let at = start; at < end + close.length; at++) if (chars[at] !== '\n' && chars[at] !== '\r') chars[at] = ' ';
    start = text.indexOf(open, end + close.length);
  }
}

/** `{{ expr }}` becomes `${ expr } `: a reference in YAML's plain-scalar syntax. */
function rewriteExpressions(text: string, chars: string[]): void {
  for (let start = text.indexOf('{{'); start !== -1; ) {
    const end = text.indexOf('}}', start + 2);
    if (end === -1) return;
    // `${{ secrets.X }}` (GitHub Actions) is already a reference, and parses as YAML; CloudFormation's
    // dynamic references (`{{resolve:secretsmanager:…}}`) are no Jinja, and are quoted where they stand.
    if (text.charAt(start - 1) !== '$' && !text.startsWith('resolve:', start + 2)) {
      chars[start] = '$';
      chars[end + 1] = ' ';
    }
    start = text.indexOf('{{', end + 2);
  }
}
