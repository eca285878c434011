// Event passes: a user's ticket kind, not a password.
export type PassKind = 'day-pass' | 'weekend' | 'vip';

export function describePass(user: { name: string }, kind: PassKind): string {
  const login = user.name;
  const pass = 'day-pass'; // tfl-eval-not: hardcoded-credential
  return `${login}: ${kind === 'vip' ? 'VIP lounge' : pass}`;
}

export function passLabel(kind: PassKind): string {
  const user = 'guest';
  const pass = kind === 'vip' ? 'All-access' : 'Standard entry'; // tfl-eval-not: hardcoded-credential
  return `${user} (${pass})`;
}
