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
    assert.deepEqual(migrating(text), ['upgrade_db@1', '.DEFAULT_GOAL@1', 'run+starts@1', 'db@1']);
  });

  it('stops at a cycle and at a fixed depth', () => {
    assert.deepEqual(migrating('a: b\nb: a\n\tflask db upgrade\n'), ['a@2', '.DEFAULT_GOAL@2', 'b@2']);
    const chain = Array.from({ length: 30 }, (_, i) => `t${i}: t${i + 1}`).join('\n') + '\nt30:\n\tflask db upgrade\n';
    assert.ok(!migrating(chain).some((name) => name.startsWith('t0')));
  });

  it('is total on any text', () => {
    const pieces = ['\t', '\n', ':', '::', ';', '=', ' ', 'a', 'b', 'make ', '$(MAKE) ', 'alembic upgrade head', '|', '#', '\\\n', 'define ', 'endef'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join('')), (text) => {
      makefileMigrations('Makefile', text);
    }));
  });

  it("names the default goal a bare `make` runs: `.DEFAULT_GOAL`, else the first rule's first target", () => {
    assert.deepEqual(migrating('.PHONY: start\nstart: migrate\n\tgunicorn app:app\nmigrate:\n\tflask db upgrade\n'), ['start+starts@4', '.DEFAULT_GOAL+starts@4', 'migrate@4']);
    assert.deepEqual(migrating('.DEFAULT_GOAL := serve\nmigrate:\n\tflask db upgrade\nserve:\n\tgunicorn app:app\n'), ['migrate@2']);
    assert.deepEqual(migrating('%.o: %.c\n\tcc $<\nboot: schema\nschema:\n\tflask db upgrade\n').filter((fact) => fact.startsWith('.DEFAULT')), ['.DEFAULT_GOAL@4']);
  });

  it('joins the rules of included files, related where they are written; an include before the first rule may hold the goal', () => {
    const included = [{ path: 'mk/db.mk', text: 'db-upgrade:\n\talembic upgrade head\n' }];
    const facts = makefileMigrations('Makefile', 'include mk/db.mk\nserve:\n\tuvicorn app:app\n', included);
    assert.deepEqual(facts.map((fact) => `${fact.name}@${fact.path}:${fact.range.start.line}`), ['db-upgrade@mk/db.mk:1', '.DEFAULT_GOAL@mk/db.mk:1']);
    const after = makefileMigrations('Makefile', 'serve:\n\tuvicorn app:app\ninclude mk/db.mk\n', included);
    assert.deepEqual(after.map((fact) => fact.name), ['db-upgrade']);
  });

  it('lists only plain relative includes in the folder or below', async () => {
    const { makefileIncludes } = await import('../../server/src/engine/rules/startup-migration/makefile-targets.js');
    assert.deepEqual(makefileIncludes('include mk/db.mk common.mk\n-include ../secrets.mk /etc/x.mk $(ENV).mk *.mk\nsinclude a/../b.mk ok/c.mk # note\n'), ['mk/db.mk', 'common.mk', 'ok/c.mk']);
  });

  it('tells make commands of this Makefile from others', () => {
    assert.deepEqual(makeTargets(['make', 'upgrade_db']), ['upgrade_db']);
    assert.deepEqual(makeTargets(['${MAKE}', '-s', 'db', 'serve', 'V=1']), ['db', 'serve']);
    assert.equal(makeTargets(['make', '-C', 'tools', 'db']), undefined);
    assert.equal(makeTargets(['cmake', '..']), undefined);
  });
});
