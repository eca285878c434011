// Salt's .sls files: YAML under Jinja. The tags are neutralised in place so the YAML parser reads
// the rest, every offset stays the source's, and hostile text stays linear.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutJinja } from '../../server/src/engine/languages/jinja';
import { parseYaml } from '../../server/src/engine/languages/yaml';

describe('withoutJinja', () => {
  it('blanks statement and comment tags, keeps line breaks, turns expressions into references', () => {
    const text = "{# users #}\n{% for u in users %}\nuser-{{ u }}:\n  password: {{ pillar['pw'] }}\n{% endfor %}\n";
    const out = withoutJinja(text);
    assert.equal(out.length, text.length);
    const blank = (tag: string) => ' '.repeat(tag.length);
    assert.equal(out, `${blank('{# users #}')}\n${blank('{% for u in users %}')}\nuser-\${ u } :\n  password: \${ pillar['pw'] } \n${blank('{% endfor %}')}\n`);
  });

  it('leaves plain YAML and GitHub Actions references as written', () => {
    const actions = 'env:\n  TOKEN: ${{ secrets.TOKEN }}\n';
    assert.equal(withoutJinja(actions), actions);
    assert.equal(withoutJinja('a: 1\n'), 'a: 1\n');
  });

  it('lets the YAML parser read a templated pillar, values at their source offsets', () => {
    const text = "{% set v = 15 %}\npostgres:\n  version: {{ v }}\n  password: 'Ldg3r-app'\n";
    const [document] = parseYaml(text);
    assert.equal(document?.errorCount, 0);
    const root = document?.contents;
    assert.equal(root?.kind, 'map');
    const postgres = root?.kind === 'map' ? root.pairs[0]?.value : undefined;
    const password = postgres?.kind === 'map' ? postgres.pairs[1]?.value : undefined;
    assert.equal(password?.kind, 'scalar');
    if (password?.kind === 'scalar') assert.equal(text.slice(password.span.start, password.span.end), "'Ldg3r-app'");
  });

  it('stays linear on unclosed and repeated tags', () => {
    for (const text of ['{%'.repeat(200_000), '{{'.repeat(200_000), `${'{% x %}'.repeat(50_000)}{%`, '{#'.repeat(200_000)]) {
      const start = performance.now();
      assert.equal(withoutJinja(text).length, text.length);
      assert.ok(performance.now() - start < 500, `${(performance.now() - start).toFixed(0)} ms`);
    }
  });
});
