// A lone UTF-16 surrogate in a Go DSN (fast-check found one) made encodeURIComponent throw and
// the file go unchecked; the password beside it must still be reported.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { scan } from '../../server/src/engine/scan';
import { Grammars } from '../../server/src/grammars';

const grammars = new Grammars();
before(() => grammars.ensure('go'));

it('scans a DSN holding a lone surrogate and still reports its password', () => {
  const code = 'package store\n\nfunc dsn() string {\n\treturn "\ud800shop:My5ql-Pr0d!@tcp(mysql.prod.internal:3306)/shop?parseTime=true"\n}\n';
  const findings = scan({ path: 'store/mysql.go' }, code, { treeSitter: grammars });
  assert.ok(findings.some((finding) => finding.ruleId === 'hardcoded-credential'), findings.map((f) => f.ruleId).join(', '));
});
