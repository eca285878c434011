import type { LanguageCheck } from '../../rule';

// Placeholder: replaced by the rule's Python check.
export const pythonChecks: LanguageCheck[] = [];
