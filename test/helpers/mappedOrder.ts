// For the readers that hand decoded text to the checks (Makefile, Windows scripts): every character
// they give maps back to a non-empty source span inside the text, in source order.
import assert from 'node:assert/strict';
import type { MappedText } from '../../server/src/engine/languages/mapped-text';

export function assertMappedInOrder(text: string, pieces: readonly MappedText[]): void {
  let last = 0;
  for (const mapped of pieces) {
    for (let index = 0; index < mapped.text.length; index++) {
      const start = mapped.startAt(index);
      assert.ok(start >= last && mapped.endAt(index) <= text.length && mapped.endAt(index) > start, JSON.stringify({ text, index }));
      last = start;
    }
  }
}
