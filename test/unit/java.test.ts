// Java and Kotlin: what rule examples cannot show. The move-to-env fix end to end (the fixed file
// re-parses with the same grammar), a Spring Boot fixture app scanned file by file, and the
// logging-config XML reader on hostile input.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { planFix } from '../../server/src/engine/fixes/plan';
import { parseXml } from '../../server/src/engine/languages/xml';
import { scan } from '../../server/src/engine/scan';
import type { Finding, LanguageId } from '../../server/src/engine/types';
import { grammarsLoadedBefore } from '../helpers/grammars';

const grammars = grammarsLoadedBefore(['java', 'kotlin']);

const scanCode = (path: string, code: string): Finding[] => scan({ path }, code, { treeSitter: grammars });

/** Applies the first finding's move-to-env fix; returns the fixed document and the new .env. */
function fixFirst(path: string, code: string, language: LanguageId): { text: string; env: string } {
  const finding = scanCode(path, code).find((candidate) => candidate.fix?.kind === 'move-to-env');
  assert.ok(finding?.fix, `a move-to-env fix in:\n${code}`);
  const plan = planFix({ fix: finding.fix, language, documentText: code, neighbours: { gitignore: 'node_modules\n' } });
  assert.ok(plan, 'the fix is offered');
  const env = plan.files.find((change) => change.file === 'env')?.text ?? '';
  assert.match(plan.files.find((change) => change.file === 'gitignore')?.text ?? '', /^\.env$/m, '.env is git-ignored');
  return { text: applyEdits(code, plan.documentEdits), env };
}

function assertParses(language: 'java' | 'kotlin', text: string): void {
  const tree = grammars.parse(language, text);
  assert.ok(tree, 'the grammar is loaded');
  try {
    assert.equal(tree.rootNode.hasError, false, `the fixed ${language} re-parses without errors:\n${text}`);
  } finally {
    tree.delete();
  }
}

describe('Java/Kotlin move-to-env fix', () => {
  const secret = randomBytes(12).toString('base64url');

  it('Java: a static final field becomes System.getenv, the value lands in .env', () => {
    const code = `class Payments {\n  private static final String API_KEY = "${secret}";\n}\n`;
    const { text, env } = fixFirst('src/main/java/Payments.java', code, 'java');
    assert.equal(text, 'class Payments {\n  private static final String API_KEY = System.getenv("API_KEY");\n}\n');
    assert.match(env, new RegExp(`^API_KEY=${secret}$`, 'm'));
    assertParses('java', text);
  });

  it('Java: a getOrDefault fallback collapses to the env read it already had', () => {
    const code = `class C {\n  String s = System.getenv().getOrDefault("JWT_SECRET", "${secret}");\n}\n`;
    const { text, env } = fixFirst('src/main/java/C.java', code, 'java');
    assert.equal(text, 'class C {\n  String s = System.getenv("JWT_SECRET");\n}\n');
    assert.match(env, new RegExp(`^JWT_SECRET=${secret}$`, 'm'));
    assertParses('java', text);
  });

  it('Java: a char[] argument keeps its .toCharArray()', () => {
    const code = `class M {\n  Object a = new PasswordAuthentication("mailer", "${secret}".toCharArray());\n}\n`;
    const { text } = fixFirst('src/main/java/M.java', code, 'java');
    assert.ok(text.includes('new PasswordAuthentication("mailer", System.getenv("PASSWORD").toCharArray())'), text);
    assertParses('java', text);
  });

  it('Kotlin: `const val` loses `const` (an env read is not a compile-time constant)', () => {
    const code = `package shop\n\nprivate const val API_KEY = "${secret}"\n`;
    const { text } = fixFirst('src/main/kotlin/Keys.kt', code, 'kotlin');
    assert.equal(text, 'package shop\n\nprivate val API_KEY = System.getenv("API_KEY")\n');
    assertParses('kotlin', text);
  });

  it('Kotlin: an elvis fallback becomes the read; a constructor default becomes a read', () => {
    const elvis = fixFirst('src/main/kotlin/A.kt', `val jwtSecret = System.getenv("JWT_SECRET") ?: "${secret}"\n`, 'kotlin');
    assert.equal(elvis.text, 'val jwtSecret = System.getenv("JWT_SECRET")\n');
    assertParses('kotlin', elvis.text);
    const ctor = fixFirst('src/main/kotlin/B.kt', `class Mailer(val smtpPassword: String = "${secret}")\n`, 'kotlin');
    assert.equal(ctor.text, 'class Mailer(val smtpPassword: String = System.getenv("SMTP_PASSWORD"))\n');
    assertParses('kotlin', ctor.text);
  });

  it('a JDBC URL with a password parameter moves whole to ${NAME} in application.properties', () => {
    const code = `spring.datasource.url=jdbc:mysql://db.internal/shop?user=shop&password=${secret}\n`;
    const { text, env } = fixFirst('src/main/resources/application.properties', code, 'properties');
    assert.equal(text, 'spring.datasource.url=${DATASOURCE_URL}\n');
    assert.ok(env.includes(`jdbc:mysql://db.internal/shop?user=shop&password=${secret}`));
  });

  it('never shows the secret in a message', () => {
    const code = `class C {\n  String password = "${secret}";\n  @Value("\${db.password:${secret}}") String p;\n}\n`;
    const findings = scanCode('src/main/java/C.java', code);
    assert.equal(findings.length, 2);
    for (const finding of findings) assert.ok(!finding.message.includes(secret), finding.message);
  });
});

describe('Spring Boot fixture app', () => {
  const root = join(__dirname, '..', 'fixtures', 'java', 'shop');
  const files = listFiles(root);

  for (const file of files) {
    const path = relative(root, file).split('\\').join('/');
    it(`reports exactly the lines marked "finding:" in ${path}`, () => {
      const text = readFileSync(file, 'utf8');
      const actual = scanCode(path, text).map((finding) => `${finding.range.start.line}: ${finding.ruleId}`);
      assert.deepEqual(actual.sort(), expectedFindings(text).sort());
    });
  }

  it('covers the five rules across the app', () => {
    const rules = new Set(files.flatMap((file) => expectedFindings(readFileSync(file, 'utf8')).map((line) => line.split(': ')[1])));
    assert.deepEqual([...rules].sort(), ['file-logger', 'hardcoded-backing-service', 'hardcoded-credential', 'memory-session-store', 'startup-migration']);
  });
});

/** A comment `finding: <rule>` announces a finding of that rule on the next line. */
function expectedFindings(text: string): string[] {
  return text.split('\n').flatMap((line, index) => {
    const rule = /finding: ([a-z-]+)/.exec(line)?.[1];
    return rule ? [`${index + 1}: ${rule}`] : [];
  });
}

function listFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

describe('logging-config XML reader', () => {
  it('reads attributes with entities and skips comments and CDATA', () => {
    const elements = parseXml('<a x="1 &amp; 2"><!-- <b c="no"/> --><![CDATA[<d/>]]><e f=\'g\'/></a>');
    assert.deepEqual(elements.map((element) => element.name), ['a', 'e']);
    assert.equal(elements[0]?.attributes[0]?.value, '1 & 2');
    assert.equal(elements[1]?.parent?.name, 'a');
  });

  it('reads 100k nested elements and unclosed junk in linear time, without throwing', () => {
    const deep = '<a>'.repeat(100_000) + '</b>'.repeat(100_000);
    const started = Date.now();
    assert.equal(parseXml(deep).length, 100_000);
    assert.ok(Date.now() - started < 10_000, 'no quadratic blow-up');
    assert.deepEqual(parseXml('<appender class="x').map((element) => element.attributes[0]?.value), ['x']);
  });

  it('a file appender in a deep document is still found', () => {
    const code = `<configuration>${'<x>'.repeat(5_000)}<appender name="F" class="ch.qos.logback.core.FileAppender"/></configuration>`;
    assert.equal(scanCode('logback.xml', code).length, 1);
  });
});

describe('deep Java and Kotlin input', () => {
  it('20k-deep nesting does not overflow the stack; the credential beside it is still found', () => {
    const depth = 20_000;
    const java = [
      'class Deep {',
      `  Object x = ${'('.repeat(depth)}1${')'.repeat(depth)};`,
      `  Object o = ${'new Object[]{'.repeat(depth)}"x"${'}'.repeat(depth)};`,
      '  String password = "Kq9Lm2Xz7Pw";',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(scanCode('src/main/java/Deep.java', java).map((f) => f.range.start.line), [3]);
    const kotlin = `val x = ${'('.repeat(depth)}1${')'.repeat(depth)}\nval chain = a${'.b'.repeat(depth)}\nval password = "Kq9Lm2Xz7Pw"\n`;
    assert.deepEqual(scanCode('src/main/kotlin/Deep.kt', kotlin).map((f) => f.range.start.line), [2]);
  });
});
