// Headers written as one value of `name=value` pairs joined by commas: OpenTelemetry's
// `OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=…,x-honeycomb-dataset=…` (also its per-signal
// `…_TRACES_HEADERS`), which every OTLP exporter reads in that shape. Each header is judged under its
// own name, as a JSON body's fields are (jsonBody.ts).
import { credentialName } from './names';
import type { JsonField } from './jsonBody';

/** A header's name as such lists write it: words joined by `-` (`x-honeycomb-team`, `DD-API-KEY`), or `authorization`. */
const HEADER_NAME = /^(?:[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+|[Aa]uthorization)$/;

/** Longer values are data, not a header list. */
const MAX_LIST_LENGTH = 4_000;

/** The credential-named headers of `text` when the whole text is a list of `name=value` pairs. */
export function findHeaderListFields(text: string): JsonField[] {
  if (text.length > MAX_LIST_LENGTH || !text.includes('=')) return [];
  const fields: JsonField[] = [];
  let at = 0;
  for (const pair of text.split(',')) {
    const equals = pair.indexOf('=');
    const name = equals < 0 ? '' : pair.slice(0, equals).trim();
    const value = pair.slice(equals + 1).trim();
    if (!HEADER_NAME.test(name) || value === '' || /\s/.test(value)) return [];
    const credential = credentialName(name);
    const start = at + equals + 1 + (pair.slice(equals + 1).length - pair.slice(equals + 1).trimStart().length);
    if (credential) fields.push({ name, credential, value, start, end: start + value.length });
    at += pair.length + 1;
  }
  return fields;
}
