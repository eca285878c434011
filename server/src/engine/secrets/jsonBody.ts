// JSON documents written as one string literal in code: a request body (`{"username":"svc",
// "password":"…"}`), a credentials blob. Their credential-named string fields are values like any
// config file's; the caller judges each as it judges a value under that name.
import { credentialName, type CredentialName } from './names';

export interface JsonField {
  /** The field's key, the name the value is judged under. */
  name: string;
  credential: CredentialName;
  value: string;
  /** Offsets of the value (inside its quotes) in the searched text. */
  start: number;
  end: number;
}

/** Bodies past this size are data files pasted into code, not request bodies: not parsed. */
const MAX_JSON_LENGTH = 20_000;

/** The credential-named string fields of `text` when the whole text is a JSON object. */
export function findJsonCredentialFields(text: string): JsonField[] {
  const trimmed = text.trim();
  if (trimmed.length > MAX_JSON_LENGTH || !trimmed.startsWith('{') || !trimmed.endsWith('}') || !trimmed.includes('"')) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return [];
  }
  const fields: JsonField[] = [];
  collect(parsed, text, fields, 0);
  return fields;
}

function collect(node: unknown, text: string, fields: JsonField[], depth: number): void {
  if (depth > 8 || typeof node !== 'object' || node === null) return;
  for (const [name, value] of Object.entries(node)) {
    if (typeof value !== 'string') {
      collect(value, text, fields, depth + 1);
      continue;
    }
    const credential = credentialName(name);
    const at = credential ? locate(text, name, value) : undefined;
    if (credential && at !== undefined) fields.push({ name, credential, value, start: at, end: at + JSON.stringify(value).length - 2 });
  }
}

/** Where the value of `"name": "value"` starts, written as JSON.stringify writes it (else unknown: not reported). */
function locate(text: string, name: string, value: string): number | undefined {
  const key = JSON.stringify(name);
  const encoded = JSON.stringify(value);
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    let cursor = at + key.length;
    while (/\s/.test(text[cursor] ?? '')) cursor++;
    if (text[cursor] !== ':') continue;
    cursor++;
    while (/\s/.test(text[cursor] ?? '')) cursor++;
    if (text.startsWith(encoded, cursor)) return cursor + 1;
  }
  return undefined;
}
