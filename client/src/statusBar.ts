import * as vscode from 'vscode';
import { COMMANDS, type StatusParams } from '../../server/src/protocol';

/** Finding count; a spinner while an audit runs; a click runs the audit. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('twelveFactor.status', vscode.StatusBarAlignment.Right, 100);
  private status: StatusParams = { findings: 0, auditing: false };

  constructor() {
    this.item.name = 'Twelve-Factor Lint';
    this.item.command = COMMANDS.auditWorkspace;
    this.render();
    this.item.show();
  }

  update(status: Partial<StatusParams>): void {
    this.status = { ...this.status, ...status };
    this.render();
  }

  private render(): void {
    const { findings, auditing } = this.status;
    this.item.text = auditing ? '$(sync~spin) 12-Factor' : `$(checklist) 12-Factor: ${findings}`;
    this.item.tooltip = auditing
      ? 'Twelve-Factor: auditing the workspace…'
      : `Twelve-Factor: ${findings} finding${findings === 1 ? '' : 's'} in open and audited files. Click to audit the workspace.`;
  }

  dispose(): void {
    this.item.dispose();
  }
}
