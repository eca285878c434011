// Labels of the evaluation corpus. Two ways to label a line, so adding a case is one edit:
// - a marker comment in the file itself: `tfl-eval: <rule>` on the line (or `tfl-eval-next-line:
//   <rule>` on the line before, for formats whose trailing comments would join the value:
//   Dockerfile, .env, .properties); `tfl-eval-not:` marks a hard negative, for the reader;
// - labels.json, for files without comments (JSON, .po): { "<path>": [{ "line", "rule", "expected" }] }.
// A finding on a line not labelled yes is a false positive whatever its label.

export interface Label {
  /** Relative to the corpus folder, forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  rule: string;
  expected: boolean;
}

const MARKER = /tfl-eval(-not)?(-next-line)?:\s*([a-z-]+(?:\s*,\s*[a-z-]+)*)/;

/** The labels written as marker comments in one file's text. */
export function markerLabels(file: string, text: string): Label[] {
  const labels: Label[] = [];
  text.split(/\r?\n/).forEach((lineText, index) => {
    const match = MARKER.exec(lineText);
    if (!match) return;
    const line = index + 1 + (match[2] ? 1 : 0);
    for (const rule of match[3]!.split(',')) labels.push({ file, line, rule: rule.trim(), expected: !match[1] });
  });
  return labels;
}

/** The labels of labels.json. */
export function jsonLabels(json: unknown): Label[] {
  const entries = Object.entries((json ?? {}) as Record<string, { line: number; rule: string; expected: boolean }[]>);
  return entries.flatMap(([file, labels]) => labels.map((label) => ({ file, line: label.line, rule: label.rule, expected: label.expected })));
}
