// Every config parser is total and linear: any input (truncated, binary, adversarial) gives a
// result whose spans lie inside the text, and a scan of such a file reports sane ranges quickly.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { dockerCommand, dockerPairs, parseDockerfile } from '../../server/src/engine/languages/dockerfile';
import { parseDotenv } from '../../server/src/engine/languages/dotenv';
import { jsonStrings, jsonStringText, parseJson } from '../../server/src/engine/languages/json';
import { parseProcfile } from '../../server/src/engine/languages/procfile';
import { parseProperties } from '../../server/src/engine/languages/properties';
import { parseYaml } from '../../server/src/engine/languages/yaml';
import { lexShell } from '../../server/src/engine/languages/shell';
import { MappedText } from '../../server/src/engine/languages/mapped-text';
import { scan } from '../../server/src/engine/scan';
import type { Span } from '../../server/src/engine/types';

const inside = (text: string, span: Span | undefined): boolean =>
  span === undefined || (span.start >= 0 && span.start <= span.end && span.end <= text.length);

/** Strings made of the characters these formats care about, so the parsers' edge paths are hit. */
const configText = fc
  .array(fc.constantFrom('a', 'K', '=', ':', ' ', '\t', '\n', '\r\n', '\\', '"', "'", '`', '#', '!', '[', ']', '{', '}', '-', '&&', '$', 'ENV ', 'RUN ', 'export ', '<<EOF', 'EOF', '\u0000', 'é'), { maxLength: 80 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(configText, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

describe('config parsers on arbitrary input', () => {
  it('dotenv and properties spans stay inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const entry of parseDotenv(text)) assert.ok(inside(text, entry.keySpan) && inside(text, entry.valueSpan) && inside(text, entry.value.whole));
        for (const entry of parseProperties(text)) assert.ok(inside(text, entry.valueSpan) && inside(text, entry.key.whole));
      }),
      { numRuns: 500 },
    );
  });

  it('dockerfile and procfile spans stay inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const dockerfile = parseDockerfile(text);
        for (const instruction of dockerfile.instructions) {
          assert.ok(inside(text, instruction.keywordSpan) && inside(text, instruction.args.whole));
          for (const pair of dockerPairs(instruction, dockerfile.escape)) assert.ok(inside(text, pair.valueSpan));
          const command = dockerCommand(instruction);
          if (command.form === 'exec') for (const arg of command.argv) assert.ok(inside(text, arg.whole));
        }
        for (const entry of parseProcfile(text)) assert.ok(inside(text, entry.command.whole));
      }),
      { numRuns: 500 },
    );
  });

  it('json and yaml never throw and keep spans inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const { node } of jsonStrings(parseJson(text).root)) assert.ok(inside(text, jsonStringText(text, node).whole));
        for (const document of parseYaml(text)) assert.ok(document.contents === undefined || inside(text, document.contents.span));
      }),
      { numRuns: 300 },
    );
  });

  it('shell heredocs: every body lies inside the text, after its opener; scans of scripts, RUN lines, CI steps and Terraform boot scripts stay in range', () => {
    const heredocText = fc
      .array(fc.constantFrom('cat ', '<<EOF', '<<-\'EOF\'', '<< JSON', '<<<x', ' > a.yml', ' >.env', '| tee -a app.env', ' > c.json', 'EOF', 'JSON', '\n', '\t', '  password: Xk7q', 'API_KEY=Tq9w', '{"password":"Zr4t"}', '"', "'", '\\', '#', ' '), { maxLength: 60 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(heredocText, anyText), (text) => {
        for (const token of lexShell(MappedText.contiguous(text, 0))) {
          if (token.kind !== 'word' || token.heredoc === undefined) continue;
          assert.ok(inside(text, token.heredoc.whole) && token.heredoc.whole.start >= token.end);
        }
        for (const path of ['bin/setup.sh', 'Dockerfile']) for (const finding of scan({ path }, path === 'Dockerfile' ? `RUN ${text}` : text, { gitIgnored: false })) assert.ok(finding.span.end <= text.length + 4);
        const step = `steps:\n  - run: |\n${text.split('\n').map((line) => `      ${line}`).join('\n')}\n`;
        for (const finding of scan({ path: '.github/workflows/ci.yml' }, step, { gitIgnored: false })) assert.ok(inside(step, finding.span));
        const boot = `resource "aws_instance" "w" {\n  user_data = <<-EOT\n${text}\nEOT\n}\n`;
        for (const finding of scan({ path: 'infra/main.tf' }, boot, { gitIgnored: false })) assert.ok(inside(boot, finding.span));
      }),
      { numRuns: 300 },
    );
  });

  it('scanning garbage as each config format reports only in-range findings', () => {
    const paths = ['package.json', 'docker-compose.yml', 'Dockerfile', 'Procfile', '.env', '.env.example', 'app.properties'];
    fc.assert(
      fc.property(anyText, fc.constantFrom(...paths), (text, path) => {
        for (const finding of scan({ path }, text, { gitIgnored: false })) assert.ok(inside(text, finding.span));
      }),
      { numRuns: 300 },
    );
  });
});

describe('config parsers on large adversarial input', () => {
  // Generous bounds: a linear parse of these takes milliseconds, a quadratic one minutes.
  const cases: [string, string][] = [
    ['.env', 'A="\n'.repeat(50_000)],
    ['.env', "B='x\n".repeat(40_000)],
    ['app.properties', 'a.b.password=x\\\n  y\n'.repeat(20_000)],
    ['Dockerfile', 'RUN echo "a \\\n'.repeat(20_000)],
    ['Dockerfile', 'RUN <<EOF\n'.repeat(20_000)],
    ['setup.sh', 'cat <<A <<B > a.yml\n'.repeat(20_000)],
    ['setup.sh', `cat <<EOF > a.yml\n${'  password: x\n'.repeat(20_000)}`],
    ['Procfile', 'web: npm run migrate && sh -c "'.repeat(10_000)],
    ['package.json', `{"scripts":{"start":"${'echo a && '.repeat(10_000)}knex migrate:latest && node x"}}`],
    ['docker-compose.yml', `services:\n  api:\n    image: x\n    command: sh -c "${'cd a && '.repeat(10_000)}npm run migrate && npm start"\n`],
  ];
  for (const [path, text] of cases) {
    it(`${path}: ${JSON.stringify(text.slice(0, 24))}…`, () => {
      const started = performance.now();
      scan({ path }, text, { gitIgnored: false });
      const elapsed = performance.now() - started;
      assert.ok(elapsed < 15_000, `took ${Math.round(elapsed)} ms`);
    });
  }
});
