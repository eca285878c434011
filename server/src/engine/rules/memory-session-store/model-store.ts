// Factor VI's in-memory model, in every language that has one (ruby-, python-, javascript-model-store.ts): a class
// whose `save` keeps the record in a collection of the class and whose other methods read it back. One finding.
import type { Report, Span } from '../../types';

export function modelStoreReport(name: string, declaration: Span, write: Span, read: Span): Report {
  return {
    span: declaration,
    message:
      `Factor VI: \`${name}\` holds the model's records in process memory: \`save\` stores each record in it and the class reads them back, ` +
      'so each process has its own records and a restart loses them; keep them in a backing store such as the database.',
    related: [
      { span: write, message: 'Factor VI: save stores the record here' },
      { span: read, message: 'Factor VI: the class reads its records back here' },
    ],
  };
}
