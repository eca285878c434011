// A start command's `make <target>` is followed into the Makefile beside it (Factor XII): the targets whose recipe, with
// its prerequisites and sub-makes, migrates. The Makefile is hostile input: read, never run, with bounded following.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { makefileRules } from '../../server/src/engine/languages/makefile';
import { makefileMigrations, makeTargets } from '../../server/src/engine/rules/startup-migration/makefile-targets';

const migrating = (text: string) => makefileMigrations('Makefile', text).map((fact) => `${fact.name}${fact.starts ? '+starts' : ''}@${fact.range.start.line}`);

describe('makefile targets', () => {
  it('reads rules: targets, prerequisites, recipes, a recipe after `;`', () => {
    const rules = makefileRules('.PHONY: run db\nrun: db serve\ndb: ; alembic upgrade head\nserve:\n\tgunicorn app:app\n\n%.o: %.c\n\tcc $<\n');
    assert.deepEqual([...rules.keys()], ['run', 'db', 'serve']);
    assert.deepEqual(rules.get('run')?.prerequisites, ['db', 'serve']);
    assert.deepEqual(rules.get('db')?.recipes.map((recipe) => recipe.text), ['alembic upgrade head']);
  });

  it('names the targets that migrate, through prerequisites and $(MAKE), and says which then start the app', () => {
    const text = 'upgrade_db:\n\talembic upgrade heads\nrun: wait db\n\tuvicorn app:app\ndb:\n\t$(MAKE) -s upgrade_db\nwait:\n\tsleep 2\nlint:\n\t@echo "alembic upgrade head runs at release"\n';
    assert.deepEqual(migrating(text), ['upgrade_db@1', 'run+starts@1', 'db@1']);
  });

  it('stops at a cycle and at a fixed depth', () => {
    assert.deepEqual(migrating('a: b\nb: a\n\tflask db upgrade\n'), ['a@2', 'b@2']);
    const chain = Array.from({ length: 30 }, (_, i) => `t${i}: t${i + 1}`).join('\n') + '\nt30:\n\tflask db upgrade\n';
    assert.ok(!migrating(chain).some((name) => name.startsWith('t0')));
  });

  it('is total on any text', () => {
    const pieces = ['\t', '\n', ':', '::', ';', '=', ' ', 'a', 'b', 'make ', '$(MAKE) ', 'alembic upgrade head', '|', '#', '\\\n', 'define ', 'endef'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join('')), (text) => {
      makefileMigrations('Makefile', text);
    }));
  });

  it('tells make commands of this Makefile from others', () => {
    assert.deepEqual(makeTargets(['make', 'upgrade_db']), ['upgrade_db']);
    assert.deepEqual(makeTargets(['${MAKE}', '-s', 'db', 'serve', 'V=1']), ['db', 'serve']);
    assert.equal(makeTargets(['make', '-C', 'tools', 'db']), undefined);
    assert.equal(makeTargets(['cmake', '..']), undefined);
  });
});
