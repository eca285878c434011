import type { LanguageCheck } from '../../rule';

// Placeholder: replaced by the rule's Java check.
export const javaChecks: LanguageCheck[] = [];
