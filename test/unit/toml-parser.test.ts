// The TOML reader: full key paths from headers, dotted keys and inline tables, exact value spans
// (findings land on them), total on any input and linear on adversarial input.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseToml } from '../../server/src/engine/languages/toml';
import { scan } from '../../server/src/engine/scan';
import type { Span } from '../../server/src/engine/types';

const at = (text: string, span: Span): string => text.slice(span.start, span.end);
const pairs = (text: string) => parseToml(text).map((entry) => [entry.path.join('.'), entry.value.text]);

describe('toml', () => {
  it('joins table headers, array-of-table headers, dotted and quoted keys', () => {
    const text = 'top = 1\n[database]\npassword = "a"\n[[hooks]]\nsecret = \'b\'\n["x.y".z]\n"quoted key".k = "c"\n';
    assert.deepEqual(pairs(text), [['top', '1'], ['database.password', 'a'], ['hooks.secret', 'b'], ['x.y.z.quoted key.k', 'c']]);
  });

  it('reads inline tables and arrays (a table inside an array is keyed again), and skips comments', () => {
    const text = 'env = { USER = "u", PASS = "p" } # trailing\nlist = [\n  "one", # comment\n  { k = "two" },\n]\nafter = "z"\n';
    assert.deepEqual(pairs(text), [['env.USER', 'u'], ['env.PASS', 'p'], ['list', 'one'], ['list.k', 'two'], ['after', 'z']]);
    assert.deepEqual(parseToml(text).map((entry) => entry.inArray), [false, false, true, false, false]);
  });

  it('decodes escapes and maps each character back to its source', () => {
    const text = 'a = "x\\"y\\u00e9z"\n';
    const [entry] = parseToml(text);
    assert.equal(entry?.value.text, 'x"yéz');
    assert.equal(at(text, entry!.span), '"x\\"y\\u00e9z"');
    assert.equal(at(text, entry!.value.span(1, 3)), '\\"y');
    assert.equal(at(text, entry!.value.span(3, 4)), '\\u00e9');
  });

  it('reads multi-line strings without their leading newline, literal strings without escapes', () => {
    const text = 'a = """\nline1\nline2"""\nb = \'\'\'C:\\path\'\'\'\nc = \'\\n\'\n';
    assert.deepEqual(pairs(text), [['a', 'line1\nline2'], ['b', 'C:\\path'], ['c', '\\n']]);
  });

  it('keeps bare values as written and reads CRLF files', () => {
    assert.deepEqual(pairs('pin = 6742530\r\nflag = true\r\nwhen = 1979-05-27T07:32:00Z\r\n'), [['pin', '6742530'], ['flag', 'true'], ['when', '1979-05-27T07:32:00Z']]);
  });

  it('skips what it cannot read and keeps reading: an unclosed string ends at its line', () => {
    assert.deepEqual(pairs('a = "open\nb = "ok"\n= nokey\n[broken\nc = "x"\n'), [['a', 'open'], ['b', 'ok'], ['c', 'x']]);
  });

  it('is total: any input gives spans inside the text', () => {
    const text = fc.array(fc.constantFrom('a', '=', ' ', '\n', '"', "'", '"""', '[', ']', '[[', '{', '}', ',', '.', '#', '\\', '\\u', 'é'), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 200 })), (input) => {
        for (const entry of parseToml(input)) {
          assert.ok(entry.span.start >= 0 && entry.span.start <= entry.span.end && entry.span.end <= input.length);
          assert.ok(entry.value.whole.start >= 0 && entry.value.whole.end <= input.length);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("reads Terraform's HCL: block types and labels prefix the keys inside, a `}` line closes one, a heredoc holds no keys", () => {
    const text = [
      'variable "db_password" {',
      '  default = "a" # comment',
      '}',
      'resource "aws_ssm_parameter" "token" {',
      '  value = "b"',
      '  lifecycle {',
      '    ignore = "c"',
      '  }',
      '  tags = { Name = "d" }',
      '  policy = <<-EOT',
      '    password = "not a key"',
      '    }',
      '  EOT',
      '}',
      'top = "e"',
      '',
    ].join('\n');
    const hcl = parseToml(text, { hcl: true }).map((entry) => [entry.path.join('.'), entry.value.text]);
    assert.deepEqual(hcl, [
      ['variable.db_password.default', 'a'],
      ['resource.aws_ssm_parameter.token.value', 'b'],
      ['resource.aws_ssm_parameter.token.lifecycle.ignore', 'c'],
      ['resource.aws_ssm_parameter.token.tags.Name', 'd'],
      ['top', 'e'],
    ]);
    assert.deepEqual(pairs('provider "aws" {\n  secret_key = "x"\n}\n'), [['secret_key', 'x']], 'TOML itself has no blocks: the header line is skipped');
  });

  it('is total on HCL too: any input gives spans inside the text', () => {
    const text = fc.array(fc.constantFrom('a', '=', ' ', '\n', '"', '{', '}', '<<EOF', '<<-X', 'EOF', 'X', '#', '//', '.'), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (input) => {
        for (const entry of parseToml(input, { hcl: true })) assert.ok(entry.span.start >= 0 && entry.span.end <= input.length);
      }),
      { numRuns: 500 },
    );
  });

  it("gives a heredoc's body as a string value when asked (a Nomad template's script), and stays total", () => {
    const text = 'job "j" {\n  template {\n    data = <<-EOT\n      #!/bin/sh\n      exec app\n    EOT\n    destination = "local/run.sh"\n  }\n}\n';
    const values = parseToml(text, { hcl: true, heredocs: true }).map((entry) => [entry.path.join('.'), entry.value.text]);
    assert.deepEqual(values, [
      ['job.j.template.data', '      #!/bin/sh\n      exec app\n'],
      ['job.j.template.destination', 'local/run.sh'],
    ]);
    const unclosed = parseToml('a = <<EOF\nx = 1\n', { hcl: true, heredocs: true });
    assert.deepEqual(unclosed.map((entry) => entry.value.text), ['x = 1\n'], 'an unclosed heredoc runs to the end');
    const pieces = fc.array(fc.constantFrom('a', '=', ' ', '\n', '"', '{', '}', '<<EOF', '<<-X', 'EOF', 'X', ' EOF', '#', '\\', '.', '\r'), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(pieces, (input) => {
        for (const entry of parseToml(input, { hcl: true, heredocs: true })) {
          assert.ok(entry.span.start >= 0 && entry.span.start <= entry.span.end && entry.span.end <= input.length);
          const whole = entry.value.span(0, entry.value.text.length);
          assert.ok(whole.start >= 0 && whole.end <= input.length);
          const heredoc = input.startsWith('<<', entry.span.start);
          if (heredoc && entry.value.text.length > 0) assert.equal(input.slice(whole.start, whole.end), entry.value.text, 'a heredoc body is the source as written');
        }
      }),
      { numRuns: 500 },
    );
  });

  for (const text of ['a = ['.repeat(40_000), 'a = {b = '.repeat(40_000), 'password = "x\\\n'.repeat(30_000), '[a.'.repeat(50_000)]) {
    it(`stays linear on ${JSON.stringify(text.slice(0, 16))}…`, () => {
      const started = performance.now();
      scan({ path: 'config.toml' }, text, {});
      assert.ok(performance.now() - started < 15_000);
    });
  }

  for (const text of ['a "b" {\n'.repeat(50_000), '}\n'.repeat(100_000), 'a = <<EOF\n'.repeat(30_000), 'resource "x" "y" { '.repeat(40_000)]) {
    it(`stays linear on HCL ${JSON.stringify(text.slice(0, 16))}…`, () => {
      const started = performance.now();
      scan({ path: 'infra/main.tf' }, text, {});
      assert.ok(performance.now() - started < 15_000);
    });
  }
});
