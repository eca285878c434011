// Factor VI across files: the node layer reads where an app keeps sessions in its cache (Django's
// base.py, a Rails initializer) for the production settings file that puts the cache in the
// process; the audit (one thread or a pool) reports that file with a related location in the
// other, and no link out of the workspace is followed.
import assert from 'node:assert/strict';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { AuditResult } from '../../server/src/auditRun';
import { memorySessionStore } from '../../server/src/engine/rules/memory-session-store';
import { SessionFacts } from '../../server/src/sessionFacts';
import { Grammars } from '../../server/src/grammars';
import { auditWith, findingsWithRelated, tree } from '../helpers/crossFileAudit';

const RULES = [memorySessionStore];

const DJANGO = {
  'requirements.txt': 'Django==5.0\n',
  'loans/settings/__init__.py': '',
  'loans/settings/base.py': 'SECRET_KEY = env("SECRET_KEY")\n\nSESSION_ENGINE = "django.contrib.sessions.backends.cache"\n',
  'loans/settings/production.py': 'from .base import *\n\nCACHES = {\n    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},\n}\n',
  'loans/settings/test.py': 'from .base import *\n\nCACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}\n',
};

const RAILS = {
  'Gemfile': "source 'https://rubygems.org'\n",
  'config/application.rb': 'module Bikes\n  class Application < Rails::Application\n  end\nend\n',
  'config/initializers/session_store.rb': 'Rails.application.config.session_store :cache_store, key: "_bikes_session"\n',
  'config/environments/production.rb': 'Rails.application.configure do\n  config.eager_load = true\n  config.cache_store = :memory_store\nend\n',
};

const audit = (root: string, jobs = 1): Promise<AuditResult> => auditWith(RULES, root, jobs);
const reported = findingsWithRelated;

describe('memory-session-store across files', () => {
  it("reports Django's production LocMemCache when base.py keeps sessions in the cache, in one thread and in a pool", async () => {
    const root = tree(DJANGO);
    const expected = ['loans/settings/production.py:4 -> loans/settings/base.py:3'];
    assert.deepEqual(reported(await audit(root)), expected);
    assert.deepEqual(reported(await audit(root, 2)), expected);
  });

  it("reports Rails' production memory_store when an initializer keeps sessions in the cache", async () => {
    assert.deepEqual(reported(await audit(tree(RAILS))), ['config/environments/production.rb:3 -> config/initializers/session_store.rb:1']);
  });

  it('stays silent when the sessions are kept elsewhere (database sessions in base.py, a cookie store)', async () => {
    const django = tree({ ...DJANGO, 'loans/settings/base.py': 'SESSION_ENGINE = "django.contrib.sessions.backends.db"\n' });
    assert.deepEqual(reported(await audit(django)), []);
    const rails = tree({ ...RAILS, 'config/initializers/session_store.rb': 'Rails.application.config.session_store :cookie_store\n' });
    assert.deepEqual(reported(await audit(rails)), []);
  });

  it('follows no link out of the workspace', async () => {
    const outside = tree({ 'session_store.rb': RAILS['config/initializers/session_store.rb'] });
    const root = tree({ ...RAILS, 'config/initializers/session_store.rb': '' });
    rmSync(join(root, 'config/initializers/session_store.rb'));
    symlinkSync(join(outside, 'session_store.rb'), join(root, 'config/initializers/session_store.rb'));
    assert.deepEqual(reported(await audit(root)), []);
  });

  it('reads again after forget(): the session choice changed on disk', async () => {
    const root = tree(DJANGO);
    const facts = new SessionFacts(new Grammars());
    const production = join(root, 'loans/settings/production.py');
    const path = 'loans/settings/production.py';
    assert.equal((await facts.forFile(production, path, root, root))?.path, 'loans/settings/base.py');
    writeFileSync(join(root, 'loans/settings/base.py'), 'SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"\n');
    assert.equal((await facts.forFile(production, path, root, root))?.path, 'loans/settings/base.py', 'cached until told');
    facts.forget();
    assert.equal(await facts.forFile(production, path, root, root), undefined);
    assert.equal(SessionFacts.wants('loans/settings/test.py'), false);
    assert.equal(SessionFacts.wants('config/environments/development.rb'), false);
  });
});
