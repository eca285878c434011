import type { LanguageCheck } from '../../rule';

// Placeholder: replaced by the rule's JavaScript/TypeScript check.
export const javascriptCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  keywords: [],
  check: () => {},
  examples: { valid: [], invalid: [] },
};
