// Factor VI in every language: a module-level list that one request handler appends what a request sent to and
// another handler reads back (a chat's `messages`, a guestbook's `entries`, a feedback form's items). Whoever
// posts is not the question here: each process answers with its own list, the next request may reach another
// process, and a restart empties it, which is the same loss as a cart's. A list filled once at start, only read,
// or appended and read by one handler alone (a request's own scratch) is not such state. Each language reads its
// own syntax into `ListUse`s; the decision and the finding are one, here.
import type { Report, Span } from '../../types';

export interface ListUse {
  /** The handler the use is in (a node's id), or undefined outside any request handler. */
  handler: number | undefined;
  /** `append`: what a request sent is added (`push`, `append`, `<<`, `x = append(x, v)`); `other`: cleared or replaced. */
  kind: 'append' | 'read' | 'other';
  span: Span;
}

/** Each list's uses as a language's walk finds them; then one finding per list that accumulates. */
export class ListUses {
  private readonly byName = new Map<string, ListUse[]>();

  add(name: string, use: ListUse): void {
    const uses = this.byName.get(name);
    if (uses) uses.push(use);
    else this.byName.set(name, [use]);
  }

  report(declarationOf: (name: string) => Span, report: (report: Report) => void): void {
    for (const [name, uses] of this.byName) {
      const finding = accumulatingReport(name, declarationOf(name), uses);
      if (finding) report(finding);
    }
  }
}

/** The finding when a handler appends to `name` and another handler reads it; undefined otherwise. */
export function accumulatingReport(name: string, declaration: Span, uses: readonly ListUse[]): Report | undefined {
  const appends = uses.filter((use) => use.kind === 'append' && use.handler !== undefined);
  for (const read of uses) {
    if (read.kind !== 'read' || read.handler === undefined) continue;
    const append = appends.find((use) => use.handler !== read.handler);
    if (!append) continue;
    return {
      span: declaration,
      message:
        `Factor VI: \`${name}\` accumulates what requests send in process memory: one handler appends to it and another reads it back, ` +
        'so each process answers with its own list and a restart empties it; keep it in a backing store such as Redis or the database.',
      related: [
        { span: append.span, message: 'Factor VI: a request handler appends here' },
        { span: read.span, message: 'Factor VI: another handler reads the list here' },
      ],
    };
  }
  return undefined;
}
