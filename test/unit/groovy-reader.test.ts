// The Groovy reader (Gradle, Jenkinsfile, Grails): which literals it names and by what, the blocks
// around them, exact spans (findings land on them), total on any input and linear on adversarial input.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { groovyStrings } from '../../server/src/engine/languages/groovy';
import { groovyValues } from '../../server/src/engine/languages/groovy-values';

const named = (text: string) => groovyValues(text).map((entry) => [entry.blocks.join('/'), entry.name, entry.value.text]);

describe('groovy reader', () => {
  it('names a value by the call, property or declaration it sits in, within its blocks', () => {
    const text = [
      'android {',
      '    signingConfigs {',
      "        release { storePassword 'a'; keyPassword = \"b\" }",
      '    }',
      '}',
      "static final String API_KEY = 'c'",
      "grails.mail.password = 'd'",
      "credentials(username: 'u', password: 'e')",
      '',
    ].join('\n');
    assert.deepEqual(named(text), [
      ['android/signingConfigs/release', 'storePassword', 'a'],
      ['android/signingConfigs/release', 'keyPassword', 'b'],
      ['', 'API_KEY', 'c'],
      ['', 'grails.mail.password', 'd'],
      ['', 'username', 'u'],
      ['', 'password', 'e'],
    ]);
  });

  it("reads buildConfigField's Java literal and resValue by the field's name, and a block named by its label", () => {
    const text = "create('release') {\n  buildConfigField 'String', 'MAPS_KEY', '\"k1\"'\n  buildConfigField(\"String\", \"TOKEN\", \"\\\"k2\\\"\")\n  resValue 'string', 'fb_token', 'k3'\n}\n";
    assert.deepEqual(named(text), [
      ['release', 'MAPS_KEY', 'k1'],
      ['release', 'TOKEN', 'k2'],
      ['release', 'fb_token', 'k3'],
    ]);
  });

  it('names a fallback by the variable or property read before `?:`', () => {
    const entries = groovyValues("storePassword System.getenv('STORE_PASSWORD') ?: 'x1'\nkey = findProperty('gpr.key') ?: 'x2'\n");
    assert.deepEqual(entries.map((entry) => [entry.name, entry.value.text, entry.fallback]), [['STORE_PASSWORD', 'x1', true], ['gpr.key', 'x2', true]]);
  });

  it('skips interpolating GStrings, comments, strings inside expressions and arguments of other calls', () => {
    const text = "// password 'c1'\n/* token = 'c2' */\npassword \"${secret}\"\nurl = base + '/api'\nsh 'echo ' + x\nprintln(format('%s', 'y'))\n";
    assert.deepEqual(named(text), []);
  });

  it('maps each value back to its source, quotes excluded', () => {
    const text = "password '''multi'''\nkey = \"esc\\\"aped\"\n";
    for (const entry of groovyValues(text)) {
      assert.equal(text.slice(entry.value.whole.start, entry.value.whole.end), entry.value.text);
      assert.ok(text.slice(entry.span.start, entry.span.end).includes(entry.value.text));
    }
  });

  it("names an option's default by the option, and an elvis fallback after any expression by the declared variable", () => {
    const text = [
      'cli.with {',
      "    t longOpt: 'slack-token', args: 1, defaultValue: 'a', 'Slack token'",
      '}',
      "@Option(names = ['-k', '--api-key'], defaultValue = 'b')",
      "def passphrase = options.'signing-passphrase' ?: 'c'",
      "@Option(defaultValue = 'd')",
    ].join('\n');
    const names = groovyValues(text).map((entry) => [entry.name, entry.value.text]);
    assert.deepEqual(names, [['longOpt', 'slack-token'], ['slack-token', 'a'], ['api-key', 'b'], ['passphrase', 'c']]);
  });

  it("names a map entry put by its key, auth.basic's password and a Job DSL parameter's default by the parameter", () => {
    const text = [
      "request.headers['X-Api-Key'] = 'a'",
      "request.auth.basic 'svc', 'b'",
      "client.auth.basic('svc', 'c')",
      "stringParam('DATADOG_API_KEY', 'd', 'Deploy marker key')",
      "headers['Accept'] = 'application/json'",
    ].join('\n');
    const names = groovyValues(text).map((entry) => [entry.name, entry.value.text]);
    // A command call's first string is named by the call, as `storePassword 'x'` is: the user, under a name that says no credential.
    assert.deepEqual(names, [['X-Api-Key', 'a'], ['request.auth.basic', 'svc'], ['password', 'b'], ['password', 'c'], ['DATADOG_API_KEY', 'd'], ['Accept', 'application/json']]);
  });

  it('is total: any input gives spans inside the text', () => {
    const text = fc.array(fc.constantFrom('a', 'password', '=', ':', ' ', '\n', ';', '"', "'", "'''", '{', '}', '(', ')', ',', '?:', '//', '/*', '*/', '\\', '$', 'getenv', 'defaultValue', 'longOpt', 'names', '[', ']', '@', 'def', '-', 'request.auth.basic', 'stringParam', 'shell', 'headers'), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 200 })), (input) => {
        for (const entry of groovyValues(input)) {
          assert.ok(entry.span.start >= 0 && entry.span.start <= entry.span.end && entry.span.end <= input.length);
          assert.ok(entry.value.whole.start >= entry.span.start && entry.value.whole.end <= entry.span.end);
        }
        for (const string of groovyStrings(input)) {
          assert.ok(string.span.start >= 0 && string.span.start <= string.span.end && string.span.end <= input.length);
          assert.ok(string.value.whole.start >= string.span.start && string.value.whole.end <= string.span.end);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads adversarial input in linear time', () => {
    for (const unit of ["a = 'x' ", "defaultValue: 'x', longOpt: [", "def a = b ?: 'x' ", "buildConfigField 'a', ", '{', "x 'y'\n", "'", 'getenv(\'X\') ?: ', "h['k'] = 'v'\n", "a.auth.basic 'u', ", "stringParam('A', "])
      for (const size of [20_000, 40_000]) {
        const started = performance.now();
        groovyValues(unit.repeat(size));
        assert.ok(performance.now() - started < 1500, `${JSON.stringify(unit)} x ${size}`);
      }
  });
});
