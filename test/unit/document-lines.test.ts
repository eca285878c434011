// The setting lines read inside another text (a heredoc's body, a YAML block scalar) are total on any input:
// each names something and lies inside the text, an inner `NAME=value` (uWSGI's `env = SECRET_KEY=…`) included.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { settingLines } from '../../server/src/engine/rules/hardcoded-credential/document-lines';

const pieces = fc.constantFrom('env', ' = ', '=', ': ', 'A', 'SECRET_KEY', 'password', '"', "'", '\n', '\r\n', ' ', '#', ';', '-', '.', 'x', '==', 'export ', '[uwsgi]');

describe('settingLines', () => {
  it('is total: every line it reads names something and lies inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''))), (text) => {
        for (const line of settingLines(text)) {
          assert.ok(line.name.length > 0);
          assert.ok(line.start >= 0 && line.start <= line.end && line.end <= text.length);
        }
      }),
    );
  });

  it("reads a value that is itself NAME=value by the inner name", () => {
    const text = '[uwsgi]\nenv = STANDUP_SECRET_KEY=Fp3kWs9zRb7nYd2h\n';
    const [line] = settingLines(text);
    assert.equal(line?.name, 'STANDUP_SECRET_KEY');
    assert.equal(text.slice(line!.start, line!.end), 'Fp3kWs9zRb7nYd2h');
  });
});
