// The status bar item shows only where the extension has something to say.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statusBarView, type StatusBarState } from '../../client/src/statusBarState';

const quiet: StatusBarState = { findings: 0, auditing: false, audited: false, activeSupported: false };

describe('status bar item', () => {
  it('is hidden beside a file the server does not check, with no findings and no audit', () => {
    assert.equal(statusBarView(quiet).visible, false);
  });

  it('shows beside a checked file, with findings, while auditing and after an audit', () => {
    for (const change of [{ activeSupported: true }, { findings: 3 }, { auditing: true }, { audited: true }]) {
      assert.equal(statusBarView({ ...quiet, ...change }).visible, true, JSON.stringify(change));
    }
  });

  it('counts findings, or spins while an audit runs', () => {
    assert.equal(statusBarView({ ...quiet, findings: 1, activeSupported: true }).text, '$(checklist) 12-Factor: 1');
    assert.match(statusBarView({ ...quiet, findings: 1 }).tooltip, /1 finding in/);
    assert.equal(statusBarView({ ...quiet, auditing: true }).text, '$(sync~spin) 12-Factor');
  });
});
