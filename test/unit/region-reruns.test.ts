// Region-limited reruns: after an edit, a `local` check runs again only on the top-level units
// the edit changed, and keeps its previous reports elsewhere. Whatever the edit, the findings must
// be exactly those of a fresh scan of the new text: edit by edit on every unit of every example,
// and over random edit sequences in each language.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ParsedDocument } from '../../server/src/engine/languages';
import { languageOf } from '../../server/src/engine/languages/detect';
import { changedRegion } from '../../server/src/engine/languages/incremental';
import { blankExcept, blankText, planRerun } from '../../server/src/engine/regions';
import { moduleBindings } from '../../server/src/engine/languages/ts-ast';
import type { LanguageCheck, Rule } from '../../server/src/engine/rule';
import { RULES } from '../../server/src/engine/rules';
import { exampleSets } from '../../server/src/engine/rules/examples';
import { scan, scanParsed } from '../../server/src/engine/scan';
import type { LanguageId, ScanOptions } from '../../server/src/engine/types';
import { parseMarkers } from '../helpers/markers';
import { grammarsLoadedBefore } from '../helpers/grammars';

const grammars = grammarsLoadedBefore();

interface Sample {
  path: string;
  code: string;
  options: ScanOptions;
}

const LOCAL_LANGUAGES = [...new Set(RULES.flatMap((rule) => rule.checks.filter((check) => check.local).flatMap((check) => check.languages)))];

/** Every rule example in a language some local check reads. */
function samples(language: LanguageId): Sample[] {
  return exampleSets(undefined, language).flatMap(({ examples }) =>
    [...examples.valid, ...examples.invalid]
      .filter((example) => languageOf(example.path) === language)
      .map((example) => ({ path: example.path, code: parseMarkers(example.code).code, options: example.options ?? {} })),
  );
}

/** An editor's document: scanned once, so its next version can rerun by region. */
function opened(sample: Sample, text = sample.code): ParsedDocument {
  const parsed = new ParsedDocument(sample.path, text, languageOf(sample.path)!, grammars);
  parsed.remembersChecks = true;
  scanParsed(parsed, { ...sample.options, treeSitter: grammars });
  return parsed;
}

function fresh(sample: Sample, text: string) {
  return scan({ path: sample.path }, text, { ...sample.options, treeSitter: grammars });
}

/** Inserts a space just before a unit's last character: that unit changes, the others only move. */
function touch(text: string, unit: { end: number }): string {
  const at = Math.max(0, unit.end - 1);
  return `${text.slice(0, at)} ${text.slice(at)}`;
}

describe('region-limited reruns', () => {
  it('has local checks to prove', () => {
    assert.ok(LOCAL_LANGUAGES.length > 0);
  });

  for (const language of LOCAL_LANGUAGES) {
    it(`gives a fresh scan's findings after a change to any one unit of any example: ${language}`, () => {
      let rerunsByRegion = 0;
      for (const sample of samples(language)) {
        const units = opened(sample).units ?? [];
        for (const unit of units) {
          const parsed = ParsedDocument.edited(opened(sample), touch(sample.code, unit));
          try {
            const now = parsed.units ?? [];
            if (parsed.edit?.memo && planRerun(parsed.edit.memo.units, now, parsed.edit.region)) rerunsByRegion++;
            assert.deepEqual(scanParsed(parsed, { ...sample.options, treeSitter: grammars }), fresh(sample, parsed.text), `${sample.path}, unit at ${unit.end}:\n${sample.code}`);
          } finally {
            parsed.dispose();
          }
        }
      }
      assert.ok(rerunsByRegion > 0, 'some edits were rerun by region, not on the whole file');
    });
  }

  /** Replaces text[start, start+length) with `insert`; positions are taken modulo the text's length. */
  const editArb = fc.record({
    start: fc.nat(),
    length: fc.nat({ max: 30 }),
    insert: fc.constantFrom(
      '', 'x', ' ', '\n', "'", '"', '(', ')', '{', '}', ';', '\n\n', 'password = "kT9vQ2mZ7rX4pL8w"\n', 'import os\n', '#', '//', 'é😀',
      // Imports that bind (or rebind) names the examples call through: only their readers rerun.
      "import jwt from 'jsonwebtoken';\n", "const jwt = require('./audit');\n", "import * as crypto from 'crypto';\n",
      'import jwt\n', 'from jose import jwt\n', 'import os as jwt\n', '    import hmac as os\n', '\\u006a',
    ),
  });

  for (const language of LOCAL_LANGUAGES) {
    it(`gives a fresh scan's findings after random edit sequences: ${language}`, () => {
      // Examples in one file of about 4,000 characters (every one would make a slow property),
      // so the units an edit leaves alone have findings to keep.
      const all = samples(language).filter((_, index) => index % 3 === 0);
      const code = all.map((one) => one.code).join('\n\n').slice(0, 4000);
      const sample = { path: all[0]!.path, code, options: {} };
      fc.assert(
        fc.property(fc.array(editArb, { minLength: 1, maxLength: 8 }), (edits) => {
          let parsed = opened(sample);
          try {
            for (const edit of edits) {
              const start = edit.start % (parsed.text.length + 1);
              const text = parsed.text.slice(0, start) + edit.insert + parsed.text.slice(Math.min(parsed.text.length, start + edit.length));
              parsed = ParsedDocument.edited(parsed, text);
              assert.deepEqual(scanParsed(parsed, { treeSitter: grammars }), fresh(sample, text));
            }
          } finally {
            parsed.dispose();
          }
        }),
        { numRuns: 15 },
      );
    });
  }

  it('keeps the blanked text up to date edit by edit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.array(editArb, { maxLength: 5 }), (original, edits) => {
        let text = original;
        let blank = blankText(text);
        for (const edit of edits) {
          const start = edit.start % (text.length + 1);
          const next = text.slice(0, start) + edit.insert + text.slice(Math.min(text.length, start + edit.length));
          blank = blankText(next, { blank, region: changedRegion(text, next) });
          text = next;
        }
        assert.equal(blank, blankText(text));
        assert.equal(blank.length, text.length);
      }),
    );
  });

  /** A spy local check that reads the imports through `bindings`, and the texts it was run on. */
  function spyRules(bindings: (parsed: ParsedDocument) => ReadonlyMap<string, string>): { rules: Rule[]; seen: string[] } {
    const seen: string[] = [];
    const spy: LanguageCheck = { languages: ['javascript'], keywords: [], local: true, contextBindings: bindings, check: (context) => void seen.push(context.text) };
    return { rules: [{ meta: RULES[0]!.meta, checks: [spy] }], seen };
  }

  function rescanned(text: string, next: string, rules: Rule[]): ParsedDocument {
    const parsed = new ParsedDocument('src/a.js', text, 'javascript');
    parsed.remembersChecks = true;
    scanParsed(parsed, {}, rules);
    const edited = ParsedDocument.edited(parsed, next);
    scanParsed(edited, {}, rules);
    return edited;
  }

  const IMPORTS = "import jwt from 'jsonwebtoken';\nimport { Pool } from 'pg';\nconst a = jwt.sign({}, k);\nconst b = new Pool();\nconst c = 3;\n";

  it('reruns on the changed import alone when it binds every name as before', () => {
    const { rules, seen } = spyRules((parsed) => moduleBindings(parsed.typescript));
    const edited = rescanned(IMPORTS, IMPORTS.replace("'jsonwebtoken';", "'jsonwebtoken' ;"), rules);
    assert.equal(seen.length, 2);
    assert.equal(seen[1], blankExcept(edited.text, blankText(edited.text), edited.units!.slice(0, 2)), 'the imports only');
  });

  it('reruns, with the changed import, the statements that mention a name it binds anew', () => {
    const { rules, seen } = spyRules((parsed) => moduleBindings(parsed.typescript));
    const edited = rescanned(IMPORTS, IMPORTS.replace("from 'jsonwebtoken'", "from './tokens'"), rules);
    const [first, second, jwtUse] = edited.units!;
    assert.equal(seen[1], blankExcept(edited.text, blankText(edited.text), [first!, second!, jwtUse!]), 'the imports and `jwt.sign`, not `new Pool()`');
  });

  it('reruns the whole file after an import edit when the check does not say what it reads', () => {
    const { rules, seen } = spyRules((parsed) => moduleBindings(parsed.typescript));
    delete (rules[0]!.checks[0] as { contextBindings?: unknown }).contextBindings;
    const edited = rescanned(IMPORTS, IMPORTS.replace("'jsonwebtoken';", "'jsonwebtoken' ;"), rules);
    assert.equal(seen[1], edited.text);
  });

  it('follows a rebinding that changes a finding: the secret-taking API is no longer imported', () => {
    const sample = { path: 'src/a.js', code: "import jwt from 'jsonwebtoken';\nconst a = 1;\nexport const token = jwt.sign({ sub: 1 }, 'Very Strong Phrase 2024!');\n", options: {} };
    const next = sample.code.replace("'jsonwebtoken'", "'./audit'");
    const parsed = ParsedDocument.edited(opened(sample), next);
    try {
      const region = parsed.edit!.region;
      assert.ok(planRerun(parsed.edit!.memo!.units, parsed.units!, region, new Set()), 'planned by region');
      assert.equal(fresh(sample, sample.code).length, 1);
      assert.deepEqual(scanParsed(parsed, {}), fresh(sample, next));
      assert.equal(fresh(sample, next).length, 0);
    } finally {
      parsed.dispose();
    }
  });

  it('keeps a Python import inside a function in the copy another unit reruns in', () => {
    const sample = { path: 'app/tokens.py', code: "def setup():\n    import jwt as signer\n\n\nvalue = 1\n\n\ntoken = signer.encode({'sub': 1}, 'Very Strong Phrase 2024!')\n", options: {} };
    const next = sample.code.replace('token =', 'access_token =');
    const parsed = ParsedDocument.edited(opened(sample), next);
    try {
      assert.equal(parsed.units![0]!.context, true, 'the function holding an import is context');
      assert.deepEqual(scanParsed(parsed, { treeSitter: grammars }), fresh(sample, next));
    } finally {
      parsed.dispose();
    }
  });

  it('reruns the statement after a changed one where a check reads the statement before (a prompt and its answer)', () => {
    const code = 'import pexpect\n\nchild = pexpect.spawn("telnet console-01 2001")\nchild.expect("Password:")\n# the console asks once\nchild.sendline("Xk3vQ9pLm2Wz8Rt")\nstatus = 1\n';
    const sample = { path: 'ops/console.py', code, options: {} };
    assert.equal(fresh(sample, code).length, 1, 'the answer to the prompt is reported');
    const edits = [
      code.replace('child.expect("Password:")\n', ''),
      code.replace('Password:', 'login:'),
      code.replace('# the console asks once\n', 'status = 0\n'),
      code.replace('telnet console-01', 'ssh console-01'),
    ];
    for (const next of edits) {
      const parsed = ParsedDocument.edited(opened(sample), next);
      try {
        assert.deepEqual(scanParsed(parsed, { treeSitter: grammars }), fresh(sample, next), next);
      } finally {
        parsed.dispose();
      }
    }
  });

  it('asks a local check that ran on the previous version no prefilter again, until an edit leaves it nothing to keep', () => {
    let asked = 0;
    const check: LanguageCheck = {
      languages: ['javascript'],
      keywords: ['const'],
      local: true,
      mayReport: (file) => (asked++, file.text.includes('secret')),
      check: (context) => {
        const at = context.text.indexOf('secret');
        if (at >= 0) context.report({ span: { start: at, end: at + 6 }, message: 'a secret' });
      },
    };
    const rules: Rule[] = [{ meta: RULES[0]!.meta, checks: [check] }];
    let parsed = new ParsedDocument('src/a.js', "import jwt from 'jsonwebtoken';\nconst a = 1;\nconst b = 'secret';\nconst c = 3;\n", 'javascript');
    parsed.remembersChecks = true;
    const edit = (change: (text: string) => string) => {
      parsed = ParsedDocument.edited(parsed, change(parsed.text));
      return scanParsed(parsed, {}, rules).length;
    };
    assert.equal(scanParsed(parsed, {}, rules).length, 1);
    assert.equal(asked, 1, 'the open asks');
    assert.equal(edit((text) => text.replace('a = 1', 'a = 11')), 1);
    assert.equal(edit((text) => text.replace("'secret'", "'public'")), 0, 'the report goes with its statement');
    assert.equal(asked, 1, 'a rerun by region asks no prefilter');
    // An edit to the import reruns the whole file (the check does not say what it reads): with nothing reported
    // on the version before, the prefilter is asked again.
    assert.equal(edit((text) => text.replace("'jsonwebtoken'", "'jose'")), 0);
    assert.equal(asked, 2);
    parsed.dispose();
  });

  it('reruns a local check on the changed statement only, in a copy with the rest blanked', () => {
    const seen: string[] = [];
    const spy: LanguageCheck = { languages: ['javascript'], keywords: [], local: true, check: (context) => void seen.push(context.text) };
    const rules: Rule[] = [{ meta: RULES[0]!.meta, checks: [spy] }];
    const text = "import jwt from 'jsonwebtoken';\nconst a = 1;\nconst b = 2;\nconst c = 3;\n";
    const parsed = new ParsedDocument('src/a.js', text, 'javascript');
    parsed.remembersChecks = true;
    scanParsed(parsed, {}, rules);
    const edited = ParsedDocument.edited(parsed, text.replace('b = 2', 'b = 22'));
    scanParsed(edited, {}, rules);
    assert.equal(seen.length, 2);
    assert.equal(seen[1], blankExcept(edited.text, blankText(edited.text), [edited.units![0]!, edited.units![2]!]), 'the import (context) and the changed statement');
    assert.match(seen[1]!, /^import jwt from 'jsonwebtoken';\n\s+\nconst b = 22;\n\s+\n$/);
  });
});
