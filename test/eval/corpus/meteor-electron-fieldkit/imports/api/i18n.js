export const en = {
  'login.password': 'Password',
  'login.forgot': 'Forgot your password?',
  'settings.apiToken': 'API token',
};
