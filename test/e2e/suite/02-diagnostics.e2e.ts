import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activeExtension, cliAudit, fileWithRule, openFile, ours, RULES, startOf, waitFor, type CliReport,
} from './helpers';
import { suite, suiteSetup, test } from './tdd';

const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

const at = (position: vscode.Position) => `${position.line + 1}:${position.character + 1}`;

suite('Diagnostics on opening files', () => {
  let report: CliReport;
  suiteSetup(async () => {
    await activeExtension();
    report = cliAudit();
  });

  for (const rule of RULES) {
    test(`${rule}: opening a flagged file shows the CLI's findings, linked to the rule docs`, async () => {
      const { uri, findings } = fileWithRule(report, rule);
      await openFile(uri);
      const diagnostics = await waitFor(`${findings.length} ${rule} diagnostics`, () => {
        const found = ours(uri, rule);
        return found.length >= findings.length && found;
      });
      assert.deepEqual(diagnostics.map((d) => at(d.range.start)).sort(), findings.map((f) => at(startOf(f))).sort());
      for (const diagnostic of diagnostics) {
        const finding = findings.find((f) => at(startOf(f)) === at(diagnostic.range.start));
        assert.equal(diagnostic.severity, SEVERITY[finding?.severity ?? ''], `severity of ${at(diagnostic.range.start)}`);
        assert.match(diagnostic.message, /Factor [IVX]+/);
        const { code } = diagnostic;
        assert.ok(typeof code === 'object' && code.target instanceof vscode.Uri, 'code carries a docs link');
        assert.match(code.target.toString(), new RegExp(`^https://.*${rule}`));
      }
    });
  }
});
