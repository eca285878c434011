import * as vscode from 'vscode';
import { COMMANDS, type StatusParams } from '../../server/src/protocol';
import { DOCUMENT_SELECTOR } from './selector';
import { statusBarView, type StatusBarState } from './statusBarState';

/** Finding count; a spinner while an audit runs; a click runs the audit. Hidden where it has nothing to say. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('twelveFactor.status', vscode.StatusBarAlignment.Right, 100);
  private readonly editorListener: vscode.Disposable;
  private state: StatusBarState = { findings: 0, auditing: false, audited: false, activeSupported: false };

  constructor() {
    this.item.name = 'Twelve-Factor Lint';
    this.item.command = COMMANDS.auditWorkspace;
    this.editorListener = vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor));
    this.follow(vscode.window.activeTextEditor);
  }

  update(status: Partial<StatusParams>): void {
    // The end of an audit is the moment its result becomes worth showing in any editor.
    const audited = this.state.audited || (this.state.auditing && status.auditing === false);
    this.state = { ...this.state, ...status, audited };
    this.render();
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    const activeSupported = editor !== undefined && vscode.languages.match(DOCUMENT_SELECTOR as vscode.DocumentSelector, editor.document) > 0;
    this.state = { ...this.state, activeSupported };
    this.render();
  }

  private render(): void {
    const view = statusBarView(this.state);
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    if (view.visible) this.item.show();
    else this.item.hide();
  }

  dispose(): void {
    this.editorListener.dispose();
    this.item.dispose();
  }
}
