// What the other side of a password map's comparison names: `password`, `form.password.data`,
// NiceGUI's and the DOM's `passwordInput.value`. Shared by the Python, Ruby and JS/TS map checks.
import { comparedNameTarget } from './compared';

/** Fields that hold an input's current text: the name before them says what it is. */
const VALUE_FIELDS = new Set(['value', 'data', 'text']);

/** Whether a dotted name (`password`, `password.value`, `params.pass`) names a password. */
export function namesPassword(dotted: string): boolean {
  const segments = dotted.split('.');
  while (segments.length > 1 && VALUE_FIELDS.has(segments[segments.length - 1] ?? '')) segments.pop();
  return comparedNameTarget(segments).credential?.noun === 'password';
}
