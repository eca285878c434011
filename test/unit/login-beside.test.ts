// The user's name as the password (login-beside.ts): information as a local-development default, a warning in a file only
// production loads. The production judgement reads the Report's own field, set where the check found the login beside it,
// not the message's words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { USER_AS_PASSWORD_IN_PRODUCTION_NOTE, USER_AS_PASSWORD_NOTE, userAsPasswordInProduction } from '../../server/src/engine/rules/hardcoded-credential/login-beside';
import type { Report } from '../../server/src/engine/types';

const found = (fields: Partial<Report>): Report => ({
  span: { start: 40, end: 46 },
  message: `Factor III: hardcoded database password; read it from the environment.${USER_AS_PASSWORD_NOTE}`,
  secret: 'kennel',
  name: 'password',
  ...fields,
});

describe('userAsPasswordInProduction', () => {
  it('makes the user-as-password report a warning with the production note', () => {
    const judged = userAsPasswordInProduction(found({ severity: 'info', confidence: 'name-only', userAsPassword: true }));
    assert.equal(judged.severity, 'warning');
    assert.ok(judged.message.endsWith(USER_AS_PASSWORD_IN_PRODUCTION_NOTE));
    assert.ok(!judged.message.includes(USER_AS_PASSWORD_NOTE));
  });

  it('reads the case from the field: a message that merely ends in the note is left as it is', () => {
    const report = found({ severity: 'info' });
    assert.equal(userAsPasswordInProduction(report), report);
  });

  it('leaves a report already raised above information alone', () => {
    const report = found({ severity: 'warning', userAsPassword: true });
    assert.equal(userAsPasswordInProduction(report), report);
  });
});
