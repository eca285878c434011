// planFix end to end: fix data + neighbour files in, the document and files a user gets out.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import dotenv from 'dotenv';
import ts from 'typescript';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { GITIGNORE_COMMENT } from '../../server/src/engine/fixes/gitignore';
import { ignoreLineEdit, planFix, planFixOrRefusal, type FixNeighbours, type FixPlan, type PlanInput } from '../../server/src/engine/fixes/plan';
import { LineIndex } from '../../server/src/engine/source';
import { findSuppressions, isSuppressed } from '../../server/src/engine/suppress';
import type { FixData, LanguageId } from '../../server/src/engine/types';

const SECRET = randomBytes(12).toString('base64url');
const WITH_DOTENV = '{\n  "dependencies": { "dotenv": "^16.0.0", "pg": "^8.0.0" }\n}\n';

/** The fix for the literal `target` (its first occurrence) in `code`. */
function moveToEnv(code: string, target: string, extra: Partial<Extract<FixData, { kind: 'move-to-env' }>> = {}): FixData {
  const start = code.indexOf(target);
  assert.ok(start >= 0, `no ${target} in the code`);
  return { kind: 'move-to-env', span: { start, end: start + target.length }, envName: 'DB_PASSWORD', value: SECRET, ...extra };
}

function plan(documentText: string, fix: FixData, neighbours: FixNeighbours, language: LanguageId = 'javascript', path?: string): FixPlan {
  const input: PlanInput = { fix, language, documentText, neighbours };
  if (path) input.relativePathOfDocumentFromAppRoot = path;
  const result = planFix(input);
  assert.ok(result, 'a fix is offered');
  return result;
}

const fixed = (documentText: string, result: FixPlan) => applyEdits(documentText, result.documentEdits);
const fileText = (result: FixPlan, file: string) => result.files.find((change) => change.file === file);

// @types/node's shape of process.env (ProcessEnv extends Dict<string>), without loading all of it.
const NODE_ENV_TYPES = 'interface ProcessEnv { [key: string]: string | undefined; TZ?: string }\ndeclare var process: { env: ProcessEnv };\n';
const libCache = new Map<string, ts.SourceFile | undefined>();

/** Semantic errors of a TypeScript file, as strict tsc would report them. */
function typeErrors(code: string): string[] {
  const fileName = `${process.cwd()}/__fix_check__.ts`;
  const envTypes = `${process.cwd()}/__node_env__.d.ts`;
  const options: ts.CompilerOptions = { strict: true, noEmit: true, types: [], lib: ['lib.es2022.d.ts'], target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS };
  const host = ts.createCompilerHost(options);
  const own: Record<string, string> = { [fileName]: code, [envTypes]: NODE_ENV_TYPES };
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => name in own || ts.sys.fileExists(name);
  host.getSourceFile = (name, version) => {
    if (name in own) return ts.createSourceFile(name, own[name] as string, version, true);
    if (!libCache.has(name)) libCache.set(name, getSourceFile(name, version));
    return libCache.get(name);
  };
  const program = ts.createProgram([fileName, envTypes], options, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(fileName)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('planFix: move-to-env', () => {
  const code = `const pool = new Pool({ password: '${SECRET}' });\n`;

  it('replaces the literal, writes .env, documents .env.example, ignores .env', () => {
    const result = plan(code, moveToEnv(code, `'${SECRET}'`), { gitignore: 'node_modules\n', packageJson: WITH_DOTENV });
    assert.equal(result.title, 'Move to environment variable DB_PASSWORD');
    assert.equal(result.isPreferred, true);
    assert.equal(fixed(code, result), 'const pool = new Pool({ password: process.env.DB_PASSWORD });\n');
    assert.deepEqual(result.files, [
      { file: 'env', create: true, text: `DB_PASSWORD=${SECRET}\n` },
      { file: 'envExample', create: true, text: 'DB_PASSWORD=\n' },
      { file: 'gitignore', create: false, text: `node_modules\n\n${GITIGNORE_COMMENT}\n.env\n` },
    ]);
  });

  it('never puts the value in the title', () => {
    const result = plan(code, moveToEnv(code, `'${SECRET}'`), {});
    assert.ok(!result.title.includes(SECRET));
  });

  it('is the preferred fix for a hardcoded secret', () => {
    assert.equal(plan(code, moveToEnv(code, `'${SECRET}'`), { packageJson: '{ "dependencies": { "pg": "8" } }' }).isPreferred, true);
  });

  it('renames on a clash, in the code and in .env, and keeps the other value', () => {
    const env = 'DB_PASSWORD=someone-elses\r\n';
    const result = plan(code, moveToEnv(code, `'${SECRET}'`), { env, envExample: 'DB_PASSWORD=\r\n', gitignore: '.env*\n' });
    assert.equal(result.title, 'Move to environment variable DB_PASSWORD_2');
    assert.equal(fixed(code, result), 'const pool = new Pool({ password: process.env.DB_PASSWORD_2 });\n');
    assert.deepEqual({ ...dotenv.parse(fileText(result, 'env')?.text ?? '') }, { DB_PASSWORD: 'someone-elses', DB_PASSWORD_2: SECRET });
    assert.equal(fileText(result, 'env')?.text, `${env}DB_PASSWORD_2=${SECRET}\r\n`);
    assert.equal(fileText(result, 'envExample')?.text, 'DB_PASSWORD=\r\nDB_PASSWORD_2=\r\n');
    assert.equal(fileText(result, 'gitignore'), undefined, '.env* already ignores .env');
  });

  it('reuses a name that already holds the value, leaving .env untouched', () => {
    const result = plan(code, moveToEnv(code, `'${SECRET}'`), { env: `DB_PASSWORD='${SECRET}'\n`, envExample: 'DB_PASSWORD=\n', gitignore: '.env\n' });
    assert.equal(fixed(code, result), 'const pool = new Pool({ password: process.env.DB_PASSWORD });\n');
    assert.deepEqual(result.files, []);
  });

  it('avoids a name the file already reads for something else', () => {
    const reads = `const user = process.env.DB_PASSWORD;\n${code}`;
    const result = plan(reads, moveToEnv(reads, `'${SECRET}'`), { gitignore: '.env\n' });
    assert.match(fixed(reads, result), /password: process\.env\.DB_PASSWORD_2 \}/);
  });

  it('quotes values dotenv would otherwise cut or trim', () => {
    const value = ` pa$$ #word "x" `;
    const result = plan(code, moveToEnv(code, `'${SECRET}'`, { value }), {});
    assert.equal(dotenv.parse(fileText(result, 'env')?.text ?? '').DB_PASSWORD, value);
  });

  it('is not offered when the value cannot be written exactly', () => {
    const input: PlanInput = { fix: moveToEnv(code, `'${SECRET}'`, { value: `a'b"c\`d#` }), language: 'javascript', documentText: code, neighbours: {} };
    assert.equal(planFix(input), undefined);
    const refusal = planFixOrRefusal(input);
    assert.ok(refusal && 'refused' in refusal);
    assert.match(refusal.refused, /^dotenv \(npm\), which loads \.env for JavaScript, cannot read this value back exactly/);
    assert.ok(!refusal.refused.includes('c`d'), 'names the loader, never the value');
  });

  it('removes a fallback and keeps the name the code reads', () => {
    const fallback = `const secret = process.env.SESSION_SECRET || '${SECRET}';\n`;
    const fix = moveToEnv(fallback, `process.env.SESSION_SECRET || '${SECRET}'`, { envName: 'SESSION_SECRET', existingEnvName: 'SESSION_SECRET' });
    const result = plan(fallback, fix, { gitignore: '.env\n' });
    assert.equal(fixed(fallback, result), 'const secret = process.env.SESSION_SECRET;\n');
    assert.equal(fileText(result, 'env')?.text, `SESSION_SECRET=${SECRET}\n`);
    // .env already sets it to the same value: only the fallback goes.
    const already = plan(fallback, fix, { env: `SESSION_SECRET=${SECRET}\n`, envExample: 'SESSION_SECRET=\n', gitignore: '.env\n' });
    assert.deepEqual(already.files, []);
    assert.equal(fixed(fallback, already), 'const secret = process.env.SESSION_SECRET;\n');
  });

  it('offers no fix when .env sets the fallback\'s variable to another value: the literal would be lost', () => {
    const fallback = `const secret = process.env.SESSION_SECRET || '${SECRET}';\n`;
    const fix = moveToEnv(fallback, `process.env.SESSION_SECRET || '${SECRET}'`, { envName: 'SESSION_SECRET', existingEnvName: 'SESSION_SECRET' });
    const input = { fix, language: 'javascript' as const, documentText: fallback, neighbours: { env: 'SESSION_SECRET=from-env\n', gitignore: '.env\n' } };
    assert.equal(planFix(input), undefined);
  });
});

describe('planFix: move-to-env in TypeScript', () => {
  it('keeps the file type-checking: the read is a string, as the literal was', () => {
    const code = `function connect(password: string): string { return password; }\nconst db: string = connect('${SECRET}');\nexport { db };\n`;
    assert.deepEqual(typeErrors(code), []);
    const result = plan(code, moveToEnv(code, `'${SECRET}'`), {}, 'typescript');
    const after = fixed(code, result);
    assert.match(after, /connect\(process\.env\.DB_PASSWORD!\)/);
    assert.deepEqual(typeErrors(after), []);
    // Without the assertion it would not compile: the point of the `!`.
    assert.notDeepEqual(typeErrors(after.replace('DB_PASSWORD!', 'DB_PASSWORD')), []);
  });

  it('drops `as const`, which a property access cannot take', () => {
    const code = `export const key = '${SECRET}' as const;\n`;
    const result = plan(code, moveToEnv(code, `'${SECRET}'`), {}, 'typescript');
    assert.equal(fixed(code, result), 'export const key = process.env.DB_PASSWORD!;\n');
    assert.deepEqual(typeErrors(fixed(code, result)), []);
  });

  it('uses brackets in files that read process.env with brackets', () => {
    const code = `const port = process.env['PORT'];\nconst key = '${SECRET}';\n`;
    const result = plan(code, moveToEnv(code, `'${SECRET}'`), {}, 'typescript');
    assert.match(fixed(code, result), /const key = process\.env\['DB_PASSWORD'\]!;/);
  });

  it('wraps a JSX attribute in braces', () => {
    const code = `export const App = () => <Checkout apiKey="${SECRET}" />;\n`;
    const result = plan(code, moveToEnv(code, `"${SECRET}"`), {}, 'typescript', 'src/App.tsx');
    assert.equal(fixed(code, result), 'export const App = () => <Checkout apiKey={process.env.DB_PASSWORD!} />;\n');
  });
});

describe('planFix: replace and move-to-script', () => {
  const code = "const app = express();\nawait knex.migrate.latest();\napp.listen(3000);\n";
  const call = 'await knex.migrate.latest();\n';
  const edits = [{ span: { start: code.indexOf(call), end: code.indexOf(call) + call.length }, text: '' }];

  it('replace: the title and edits as given', () => {
    const fix: FixData = { kind: 'replace', title: 'Log to stdout', edits };
    const result = plan(code, fix, {});
    assert.deepEqual(result, { title: 'Log to stdout', isPreferred: true, documentEdits: edits, files: [] });
  });

  it('move-to-script: removes the call and adds the npm script', () => {
    const fix: FixData = { kind: 'move-to-script', title: "Run migrations as a one-off: npm run migrate", edits, scriptName: 'migrate', command: 'knex migrate:latest' };
    const result = plan(code, fix, { packageJson: '{\n  "scripts": {\n    "start": "node app.js"\n  }\n}\n' });
    assert.equal(fixed(code, result), 'const app = express();\napp.listen(3000);\n');
    assert.deepEqual(result.files, [
      { file: 'packageJson', create: false, text: '{\n  "scripts": {\n    "start": "node app.js",\n    "migrate": "knex migrate:latest"\n  }\n}\n' },
    ]);
    assert.equal(result.isPreferred, false);
  });

  it('move-to-script: names the script it really used in the title', () => {
    const fix: FixData = { kind: 'move-to-script', title: 'Run migrations as a one-off: npm run migrate', edits, scriptName: 'migrate', command: 'knex migrate:latest' };
    const result = plan(code, fix, { packageJson: '{ "scripts": { "migrate": "node seed.js" } }' });
    assert.equal(result.title, 'Run migrations as a one-off: npm run migrate:knex');
  });

  it('move-to-script: not offered without a package.json, nor with overlapping edits', () => {
    const fix: FixData = { kind: 'move-to-script', title: 't', edits, scriptName: 'migrate', command: 'knex migrate:latest' };
    assert.equal(planFix({ fix, language: 'javascript', documentText: code, neighbours: {} }), undefined);
    const overlapping: FixData = { kind: 'replace', title: 't', edits: [...edits, { span: { start: edits[0]!.span.start + 1, end: edits[0]!.span.start + 2 }, text: 'x' }] };
    assert.equal(planFix({ fix: overlapping, language: 'javascript', documentText: code, neighbours: {} }), undefined);
  });
});

/** The text after the ignore edit, and whether the rule is then silenced on the original line. */
function ignored(text: string, line: number, language: LanguageId, path?: string): { text: string; silenced: boolean } | undefined {
  const edit = ignoreLineEdit(text, line, 'hardcoded-credential', language, path);
  if (!edit) return undefined;
  const after = applyEdits(text, [edit]);
  const silenced = isSuppressed(findSuppressions(after, new LineIndex(after)), line + 1, 'hardcoded-credential');
  return { text: after, silenced };
}

describe('ignoreLineEdit', () => {
  it('JS/TS: `//` above the line, with its indentation', () => {
    assert.deepEqual(ignored("function f() {\n    const p = 'x';\n}\n", 1, 'typescript'), {
      text: "function f() {\n    // twelve-factor-ignore-next-line hardcoded-credential\n    const p = 'x';\n}\n",
      silenced: true,
    });
  });

  it('keeps CRLF', () => {
    assert.equal(ignored("a();\r\n\tconst p = 'x';\r\n", 1, 'javascript')?.text, "a();\r\n\t// twelve-factor-ignore-next-line hardcoded-credential\r\n\tconst p = 'x';\r\n");
  });

  const hashCommented: Record<string, [string, string]> = {
    yaml: ['db:\n', '  password: x\n'],
    dockerfile: ['FROM node:20\n', '  ENV PASSWORD=x\n'],
    procfile: ['web: node app.js\n', '  worker: node w.js\n'],
    dotenv: ['HOST=db\n', '  PASSWORD=x\n'],
    properties: ['db.host=db\n', '  db.password=x\n'],
  };
  for (const [language, [before, line]] of Object.entries(hashCommented)) {
    it(`${language}: \`#\``, () => {
      assert.deepEqual(ignored(before + line, 1, language as LanguageId), {
        text: `${before}  # twelve-factor-ignore-next-line hardcoded-credential\n${line}`,
        silenced: true,
      });
    });
  }

  it('JSON has no comments: no edit', () => {
    assert.equal(ignoreLineEdit('{\n  "password": "x"\n}\n', 1, 'hardcoded-credential', 'json'), undefined);
  });

  it('JSX children get a JSX comment, attributes a line comment', () => {
    const code = 'const a = (\n  <div>\n    <Pay apiKey="x" />\n  </div>\n);\n';
    assert.equal(ignored(code, 2, 'typescript', 'a.tsx')?.text.split('\n')[2], '    {/* twelve-factor-ignore-next-line hardcoded-credential */}');
    assert.equal(ignored(code, 2, 'typescript', 'a.tsx')?.silenced, true);
    const attributes = 'const a = (\n  <Pay\n    apiKey="x"\n  />\n);\n';
    assert.equal(ignored(attributes, 2, 'typescript', 'a.tsx')?.text.split('\n')[2], '    // twelve-factor-ignore-next-line hardcoded-credential');
  });

  it('no edit where a comment would change a string or a value', () => {
    assert.equal(ignoreLineEdit('const sql = `\n  password x\n`;\n', 1, 'r-x', 'javascript'), undefined);
    assert.equal(ignoreLineEdit('script: |\n  export PASSWORD=x\n', 1, 'r-x', 'yaml'), undefined);
    assert.equal(ignoreLineEdit('key=first \\\n  password=x\n', 1, 'r-x', 'properties'), undefined);
    assert.equal(ignoreLineEdit('KEY="line one\npassword=x"\n', 1, 'r-x', 'dotenv'), undefined);
    assert.equal(ignoreLineEdit('a\n', 5, 'r-x', 'yaml'), undefined);
  });
});
