// A lone UTF-16 surrogate in a Go DSN (fast-check found one) made encodeURIComponent throw and
// the file go unchecked; the password beside it must still be reported.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { findDsnPassword } from '../../server/src/engine/rules/hardcoded-credential/go-dsn';
import { scan } from '../../server/src/engine/scan';
import { grammarsLoadedBefore } from '../helpers/grammars';

const grammars = grammarsLoadedBefore(['go']);

it('scans a DSN holding a lone surrogate and still reports its password', () => {
  const code = 'package store\n\nfunc dsn() string {\n\treturn "\ud800shop:My5ql-Pr0d!@tcp(mysql.prod.internal:3306)/shop?parseTime=true"\n}\n';
  const findings = scan({ path: 'store/mysql.go' }, code, { treeSitter: grammars });
  assert.ok(findings.some((finding) => finding.ruleId === 'hardcoded-credential'), findings.map((f) => f.ruleId).join(', '));
});

// GoFrame's `type:user:pass@tcp(…)` links: the reader stays total on any text around a link's type, and a
// password it finds lies within the text after the type (never the user before it).
it('reads any text after a link type without throwing, and finds no password before the user', () => {
  const piece = fc.constantFrom('mysql:', 'pgsql:', ':', '@', '@tcp(', ')', '/', 'root', 'Xk2pQ9wLm4', ' ', '(');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')), fc.string({ maxLength: 40 }), (link, noise) => {
      for (const text of [link, `${link}${noise}`, `${noise}${link}`]) {
        const found = findDsnPassword(text);
        if (found) assert.ok(0 <= found.start && found.start <= found.end && found.end <= text.length);
      }
    }),
  );
  const found = findDsnPassword('mysql:cms:Gf8qLm2xRt7Vw3@tcp(db:3306)/cms');
  assert.deepEqual(found && 'mysql:cms:Gf8qLm2xRt7Vw3@tcp(db:3306)/cms'.slice(found.start, found.end), 'Gf8qLm2xRt7Vw3');
});
