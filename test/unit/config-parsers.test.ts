// The config-file parsers: exact offsets (what findings are reported at), CRLF, malformed input.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dockerCommand, dockerPairs, parseDockerfile } from '../../server/src/engine/languages/dockerfile';
import { parseDotenv } from '../../server/src/engine/languages/dotenv';
import { jsonStrings, jsonStringText, parseJson } from '../../server/src/engine/languages/json';
import { parseProcfile } from '../../server/src/engine/languages/procfile';
import { parseProperties } from '../../server/src/engine/languages/properties';
import { lexShell, simpleCommands } from '../../server/src/engine/languages/shell';
import { MappedText } from '../../server/src/engine/languages/mapped-text';
import { parseXml } from '../../server/src/engine/languages/xml';
import { parseYaml, yamlGet, yamlScalarText, type YamlScalar } from '../../server/src/engine/languages/yaml';
import type { Span } from '../../server/src/engine/types';

const at = (text: string, span: Span): string => text.slice(span.start, span.end);

describe('json', () => {
  it('maps a decoded string back to its source, escapes included', () => {
    const text = '{ "a": { "token": "x\\"y ghp_1" } }';
    const [entry] = jsonStrings(parseJson(text).root);
    assert.deepEqual(entry?.path, ['a', 'token']);
    const value = jsonStringText(text, entry!.node);
    assert.equal(value.text, 'x"y ghp_1');
    assert.equal(at(text, value.whole), '"x\\"y ghp_1"');
    assert.equal(at(text, value.span(1, 3)), '\\"y');
    assert.equal(at(text, value.span(4, 9)), 'ghp_1');
  });

  it('reads JSONC and keeps what parses of a truncated file', () => {
    const text = '{\n  // c\n  "a": "1",\n  "b": "2",\n  "c": ';
    const strings = jsonStrings(parseJson(text).root).map((e) => e.path.join('.'));
    assert.deepEqual(strings, ['a', 'b']);
    assert.ok(parseJson(text).errorCount > 0);
  });

  it('gives up on pathological nesting instead of overflowing the stack', () => {
    const deep = '['.repeat(200_000);
    assert.deepEqual(jsonStrings(parseJson(deep).root), []);
  });
});

describe('yaml', () => {
  it('reads every document with the spans of keys and values', () => {
    const text = 'a: 1\n---\nkind: Secret\nstringData:\n  password: \'it\'\'s\'\n';
    const documents = parseYaml(text);
    assert.equal(documents.length, 2);
    const value = yamlGet(yamlGet(documents[1]!.contents, 'stringData'), 'password') as YamlScalar;
    assert.equal(at(text, value.span), "'it''s'");
    const mapped = yamlScalarText(text, value);
    assert.equal(mapped.text, "it's");
    assert.equal(at(text, mapped.span(2, 4)), "''s");
  });

  it('decodes double-quoted escapes and keeps tags', () => {
    const text = 'k: "a\\tb"\nr: !Ref Db\r\n';
    const [document] = parseYaml(text);
    const k = yamlGet(document!.contents, 'k') as YamlScalar;
    assert.equal(yamlScalarText(text, k).text, 'a\tb');
    assert.equal(at(text, yamlScalarText(text, k).span(2, 3)), 'b');
    assert.equal((yamlGet(document!.contents, 'r') as YamlScalar).tag, '!Ref');
  });

  it('maps a literal block and a folded block line by line, less their indentation', () => {
    const text = 'k: |\n  line one\n  line two\nf: >\n  folded one\n  folded two\n';
    const k = yamlGet(parseYaml(text)[0]!.contents, 'k') as YamlScalar;
    const literal = yamlScalarText(text, k);
    assert.equal(literal.text, 'line one\nline two\n');
    const two = literal.text.indexOf('two');
    const span = literal.span(two, two + 3);
    assert.equal(text.slice(span.start, span.end), 'two');
    assert.equal(text.slice(0, span.start).split('\n').length, 3, 'on the third line');
    const f = yamlGet(parseYaml(text)[0]!.contents, 'f') as YamlScalar;
    const folded = yamlScalarText(text, f);
    // YAML joins the folded lines with a space; each character, and that space, maps to its own place.
    assert.equal(folded.text, 'folded one folded two\n');
    const second = folded.text.indexOf('folded two');
    const foldedSpan = folded.span(second, second + 'folded two'.length);
    assert.equal(text.slice(foldedSpan.start, foldedSpan.end), 'folded two');
    assert.equal(text.slice(0, foldedSpan.start).split('\n').length, 6, 'on the sixth line');
  });

  it('maps a literal block with an explicit indentation and keep chomping', () => {
    const text = 'k: |2+\n    indented\n  x\n\n';
    const k = yamlGet(parseYaml(text)[0]!.contents, 'k') as YamlScalar;
    const mapped = yamlScalarText(text, k);
    assert.equal(mapped.text, k.value);
    const at = mapped.text.indexOf('indented');
    const span = mapped.span(at, at + 8);
    assert.equal(text.slice(span.start, span.end), 'indented');
  });

  it('does not expand aliases', () => {
    const text = 'a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n';
    assert.equal(yamlGet(parseYaml(text)[0]!.contents, 'c')?.kind, 'seq');
  });
});

describe('dockerfile', () => {
  it('joins continuations, drops comment lines inside them, and keeps offsets', () => {
    const text = 'FROM node:20\r\nRUN npm ci \\\r\n  # a comment\r\n  && npm test\r\n';
    const { instructions } = parseDockerfile(text);
    assert.deepEqual(instructions.map((i) => i.keyword), ['FROM', 'RUN']);
    const run = instructions[1]!;
    assert.equal(run.args.text, 'npm ci   && npm test');
    assert.equal(at(text, run.args.span(run.args.text.indexOf('&&'), run.args.text.length)), '&& npm test');
  });

  it('honours the escape directive', () => {
    const text = '# escape=`\nFROM x\nRUN a `\n  b\n';
    const dockerfile = parseDockerfile(text);
    assert.equal(dockerfile.escape, '`');
    assert.equal(dockerfile.instructions[1]!.args.text, 'a   b');
  });

  it('splits ENV pairs, quoted values and the legacy form', () => {
    const text = 'ENV A=1 B="two words" C=\'x\'\nENV LEGACY some value\nARG NOVALUE\nARG WITH=default\n';
    const { instructions, escape } = parseDockerfile(text);
    const pairs = instructions.flatMap((i) => dockerPairs(i, escape));
    assert.deepEqual(
      pairs.map((p) => [p.name.text, p.value?.text, p.valueSpan && at(text, p.valueSpan)]),
      [
        ['A', '1', '1'],
        ['B', 'two words', '"two words"'],
        ['C', 'x', "'x'"],
        ['LEGACY', 'some value', 'some value'],
        ['NOVALUE', undefined, undefined],
        ['WITH', 'default', 'default'],
      ],
    );
  });

  it('reads the exec form and strips RUN flags', () => {
    const text = 'CMD ["sh", "-c", "a && b"]\nRUN --mount=type=secret,id=x npm ci\nCMD [broken\n';
    const [cmd, run, broken] = parseDockerfile(text).instructions;
    const exec = dockerCommand(cmd!);
    assert.equal(exec.form, 'exec');
    if (exec.form === 'exec') assert.deepEqual(exec.argv.map((a) => at(text, a.whole)), ['"sh"', '"-c"', '"a && b"']);
    const shell = dockerCommand(run!);
    assert.equal(shell.form === 'shell' && shell.script.text, 'npm ci');
    assert.equal(dockerCommand(broken!).form, 'shell');
  });

  it('appends heredoc bodies to their instruction', () => {
    const text = 'RUN <<EOF\nnpm ci\nnpm test\nEOF\nCMD node x\n';
    const { instructions } = parseDockerfile(text);
    assert.deepEqual(instructions.map((i) => i.keyword), ['RUN', 'CMD']);
    assert.equal(instructions[0]!.args.text, '<<EOF\nnpm ci\nnpm test');
  });
});

describe('procfile', () => {
  it('reads process types and commands with offsets, CRLF included', () => {
    const text = '# comment\r\nweb: npm start  \r\nrelease:npm run migrate\r\nnot a process\r\n';
    const entries = parseProcfile(text);
    assert.deepEqual(entries.map((e) => [e.name, at(text, e.nameSpan), e.command.text, at(text, e.command.whole)]), [
      ['web', 'web', 'npm start', 'npm start'],
      ['release', 'release', 'npm run migrate', 'npm run migrate'],
    ]);
  });
});

describe('dotenv', () => {
  it('reads export, quotes, escapes, inline comments and multi-line values', () => {
    const text = [
      'export A=plain value # comment',
      "B='single # not a comment'",
      'C="line\\nnext \\"q\\""',
      'D=`multi',
      'line`',
      'E=',
      '# F=commented',
      'G: colon',
      'H="unterminated',
      '',
    ].join('\r\n');
    const entries = parseDotenv(text);
    assert.deepEqual(
      entries.map((e) => [e.key, e.value.text, at(text, e.valueSpan), e.quote]),
      [
        ['A', 'plain value', 'plain value', undefined],
        ['B', 'single # not a comment', "'single # not a comment'", "'"],
        // dotenv decodes only \n and \r in double quotes, and reads CRLF as LF.
        ['C', 'line\nnext \\"q\\"', '"line\\nnext \\"q\\""', '"'],
        ['D', 'multi\nline', '`multi\r\nline`', '`'],
        ['E', '', '', undefined],
        ['G', 'colon', 'colon', undefined],
        ['H', '"unterminated', '"unterminated', undefined],
      ],
    );
    const c = entries[2]!;
    assert.equal(at(text, c.value.span(4, 5)), '\\n');
    assert.equal(at(text, entries[0]!.keySpan), 'A');
  });
});

describe('properties', () => {
  it('reads the three separators, comments and escapes', () => {
    const text = '# c\n! c\na.b=1\nc.d: two\ne.f three\\u0021\nkey\\ with\\=equals = v\nempty\n';
    assert.deepEqual(
      parseProperties(text).map((e) => [e.key.text, e.value.text, at(text, e.valueSpan)]),
      [
        ['a.b', '1', '1'],
        ['c.d', 'two', 'two'],
        ['e.f', 'three!', 'three\\u0021'],
        ['key with=equals', 'v', 'v'],
        ['empty', '', ''],
      ],
    );
  });

  it('joins continued lines, even with CRLF, and maps the value across them', () => {
    const text = 'db.password = abc\\\r\n    def\r\nnext=1\r\n';
    const [entry, next] = parseProperties(text);
    assert.equal(entry!.value.text, 'abcdef');
    assert.equal(at(text, entry!.valueSpan), 'abc\\\r\n    def');
    assert.equal(at(text, entry!.value.span(3, 6)), 'def');
    assert.equal(next!.key.text, 'next');
  });

  it('treats an even number of trailing backslashes as a literal backslash', () => {
    const [entry, next] = parseProperties('path=C:\\\\\nnext=1\n');
    assert.equal(entry!.value.text, 'C:\\');
    assert.equal(next!.key.text, 'next');
  });
});

describe('shell', () => {
  it('splits commands at operators and removes quotes', () => {
    const text = `A=1 knex migrate:latest && sh -c 'node "x y.js"' ; echo done`;
    const commands = simpleCommands(lexShell(MappedText.contiguous(text, 0)));
    assert.deepEqual(
      commands.map((c) => c.words.map((w) => w.text.text)),
      [['A=1', 'knex', 'migrate:latest'], ['sh', '-c', 'node "x y.js"'], ['echo', 'done']],
    );
    assert.deepEqual(commands.map((c) => c.after?.op), ['&&', ';', undefined]);
    assert.equal(at(text, commands[1]!.words[2]!.text.whole), `'node "x y.js"'`);
  });

  it('reads a continued line between words as a blank, not as an empty word that would swallow the next command', () => {
    const text = 'python manage.py check && \\\n  python manage.py migrate && \\\r\n  echo do\\\nne\nexec gunicorn app';
    const commands = simpleCommands(lexShell(MappedText.contiguous(text, 0)));
    assert.deepEqual(
      commands.map((c) => c.words.map((w) => w.text.text)),
      [['python', 'manage.py', 'check'], ['python', 'manage.py', 'migrate'], ['echo', 'done'], ['exec', 'gunicorn', 'app']],
    );
  });

  it("reads a case statement's patterns as no command, and the arm's commands after them", () => {
    const text = 'case "$PM" in\n  yarn)\n    yarn install\n    ;;\n  npm) npm ci || exit 1 ;;\n  (pnpm|cnpm) echo no;;&\n  *) case $2 in x) echo x ;; esac ;;\nesac; node app.js';
    const commands = simpleCommands(lexShell(MappedText.contiguous(text, 0)));
    assert.deepEqual(
      commands.map((c) => c.words.map((w) => w.text.text)),
      [['case', '$PM', 'in'], ['yarn', 'install'], ['npm', 'ci'], ['exit', '1'], ['echo', 'no'], ['case', '$2', 'in'], ['echo', 'x'], ['esac'], ['esac'], ['node', 'app.js']],
    );
    assert.deepEqual(commands.map((c) => c.armPattern?.map((w) => w.text.text)), [undefined, ['yarn'], ['npm'], undefined, ['pnpm', 'cnpm'], ['*'], ['x'], undefined, undefined, undefined]);
    assert.deepEqual(simpleCommands(lexShell(MappedText.contiguous('echo case in x) y', 0))).map((c) => c.words.length), [5], 'a word `case` not at a command start is an argument');
  });

  it('keeps command and process substitutions, however nested, inside their word, with their scripts', () => {
    const text = `exec > >(tee -a /var/log/app.log | logger -t app) 2>&1\nDIR="$(cd "$(dirname "$0")" && pwd)"; N=$(( $(nproc) * 2 )) V=\`cat v | tr -d x\`\nnode app.js`;
    const tokens = lexShell(MappedText.contiguous(text, 0));
    const commands = simpleCommands(tokens);
    assert.deepEqual(
      commands.map((c) => c.words.map((w) => w.text.text)),
      [['exec', '>', '>(tee -a /var/log/app.log | logger -t app)', '2>&1'], ['DIR=$(cd "$(dirname "$0")" && pwd)'], ['N=$(( $(nproc) * 2 ))', 'V=`cat v | tr -d x`'], ['node', 'app.js']],
    );
    assert.deepEqual(commands.map((c) => c.after?.op), ['\n', ';', '\n', undefined]);
    const substitution = (command: number, word: number) => commands[command]!.words[word]!.substitutions!.map((inner) => [inner.script.text, inner.process]);
    assert.deepEqual(substitution(0, 2), [['tee -a /var/log/app.log | logger -t app', true]]);
    assert.deepEqual(substitution(1, 0), [['cd "$(dirname "$0")" && pwd', false]]);
    assert.deepEqual(substitution(2, 1), [['cat v | tr -d x', false]]);
    const inner = commands[0]!.words[2]!.substitutions![0]!.script;
    assert.equal(at(text, inner.whole), 'tee -a /var/log/app.log | logger -t app');
  });

  it('lexes an unclosed or deeply nested substitution to the end of the text, in one pass', () => {
    assert.deepEqual(simpleCommands(lexShell(MappedText.contiguous('echo $(date', 0))).map((c) => c.words.map((w) => w.text.text)), [['echo', '$(date']]);
    const deep = `x=${'$('.repeat(50_000)}${')'.repeat(50_000)}; echo done`;
    assert.deepEqual(simpleCommands(lexShell(MappedText.contiguous(deep, 0))).map((c) => c.words[0]!.text.text.slice(0, 4)), ['x=$(', 'echo']);
  });

  it("reads a Dockerfile's backtick escape as an escape, not a substitution", () => {
    const commands = simpleCommands(lexShell(MappedText.contiguous('echo `"a b`" | tee c', 0), { escape: '`' }));
    assert.deepEqual(commands.map((c) => c.words.map((w) => w.text.text)), [['echo', '"a', 'b"'], ['tee', 'c']]);
  });
});

describe('xml', () => {
  it("gives a leaf element its content span, and an element with children none", () => {
    const text = '<server><id>a</id><password> p&amp;w </password><!-- <password>x</password> --></server>';
    const elements = parseXml(text);
    const content = (name: string) => {
      const span = elements.find((element) => element.name === name)?.content;
      return span && at(text, span);
    };
    assert.equal(content('id'), 'a');
    assert.equal(content('password'), ' p&amp;w ');
    assert.equal(content('server'), undefined);
    assert.equal(elements.filter((element) => element.name === 'password').length, 1);
  });

  it('leaves an unclosed or self-closing element without content', () => {
    const elements = parseXml('<a><b/><c>open');
    assert.deepEqual(elements.map((element) => [element.name, element.content]), [['a', undefined], ['b', undefined], ['c', undefined]]);
  });
});
