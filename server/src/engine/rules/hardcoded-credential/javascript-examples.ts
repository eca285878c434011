import type { Examples } from '../../rule';
import { invalidExamples } from './javascript-examples-invalid';
import { validExamples } from './javascript-examples-valid';

export const javascriptExamples: Examples = { valid: validExamples, invalid: invalidExamples };
