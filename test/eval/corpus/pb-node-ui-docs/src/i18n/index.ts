const strings: Record<string, string> = {
  'login.password': 'Mot de passe',
  'login.passwordHint': 'Au moins 12 caractères',
  'settings.apiToken': 'Jeton API',
  'settings.secretKey': 'Clé secrète',
  'settings.token': 'Token de acceso',
};

export function t(key: string): string {
  return strings[key] ?? key;
}
