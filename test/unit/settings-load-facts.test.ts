// Factor III: a settings module's name says local (`local_settings.py`) unless settings.py loads it on every run; one
// loaded only under `if DEBUG:` is local whatever its name. The node layer reads the settings beside the module.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { hardcodedCredential } from '../../server/src/engine/rules/hardcoded-credential';
import { settingsLoadOf } from '../../server/src/engine/rules/hardcoded-credential/settings-loads';
import { SettingsLoadFacts } from '../../server/src/settingsLoadFacts';
import { auditWith, tree } from '../helpers/crossFileAudit';

const LOCAL = 'DATABASES = {"default": {"USER": "shop", "PASSWORD": "password123", "HOST": "database"}}\n';

describe('how settings.py loads a settings module beside it', () => {
  it('reads a top-level import as every run, one in try/except as none, one under if DEBUG as development', () => {
    assert.equal(settingsLoadOf('INSTALLED_APPS = []\nfrom .local_settings import *  # noqa\n', 'local_settings'), 'always');
    assert.equal(settingsLoadOf('from local_settings import *\n', 'local_settings'), 'always');
    assert.equal(settingsLoadOf('try:\n    from .local_settings import *\nexcept ImportError:\n    pass\n', 'local_settings'), undefined);
    assert.equal(settingsLoadOf('if DEBUG:\n    from .settings_dev import *\n', 'settings_dev'), 'development');
    assert.equal(settingsLoadOf('from .local_settings_example import *\n', 'local_settings'), undefined);
  });

  it('reports a password in local_settings.py that settings.py imports at its top level, at warning; info when optional', async () => {
    const severities = async (settings: string) => {
      const root = tree({ 'requirements.txt': 'Django\n', 'shop/settings.py': settings, 'shop/local_settings.py': LOCAL });
      const result = await auditWith([hardcodedCredential], root);
      return result.files.flatMap((file) => file.findings.map((finding) => `${file.path}:${finding.severity}`));
    };
    assert.deepEqual(await severities('DEBUG = False\nfrom .local_settings import *\n'), ['shop/local_settings.py:warning']);
    assert.deepEqual(await severities('try:\n    from .local_settings import *\nexcept ImportError:\n    pass\n'), ['shop/local_settings.py:info']);
    const root = tree({ 'shop/settings.py': 'from .local_settings import *\n', 'shop/local_settings.py': LOCAL });
    assert.equal(await new SettingsLoadFacts().forFile(join(root, 'shop/local_settings.py'), root), 'always');
  });
});
