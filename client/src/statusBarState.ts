// When the status bar item shows, and what it says: plain data, so it is tested without VS Code.

export interface StatusBarState {
  /** Findings currently published, across all files. */
  findings: number;
  auditing: boolean;
  /** A workspace audit finished in this window: its result is worth showing everywhere. */
  audited: boolean;
  /** The active editor holds a document the server checks. */
  activeSupported: boolean;
}

export interface StatusBarView {
  visible: boolean;
  text: string;
  tooltip: string;
}

/**
 * Shown only where the extension has something to say: beside a file it checks, while an audit
 * runs, after one, or when there are findings. A Markdown note with a clean workspace shows nothing.
 */
export function statusBarView(state: StatusBarState): StatusBarView {
  const { findings, auditing } = state;
  const visible = auditing || state.audited || findings > 0 || state.activeSupported;
  if (auditing) return { visible, text: '$(sync~spin) 12-Factor', tooltip: 'Twelve-Factor: auditing the workspace…' };
  return {
    visible,
    text: `$(checklist) 12-Factor: ${findings}`,
    tooltip: `Twelve-Factor: ${findings} finding${findings === 1 ? '' : 's'} in open and audited files. Click to audit the workspace.`,
  };
}
