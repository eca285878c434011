// Escaping shared by the scorecard's renderers: file names and messages come from a stranger's repository.

/** Control characters shown as escapes, so a file name cannot rewrite a terminal line or a report. */
export function escapeControl(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function escapeMarkdown(text: string): string {
  return escapeControl(text).replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

export function escapeHtml(text: string): string {
  return escapeControl(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
