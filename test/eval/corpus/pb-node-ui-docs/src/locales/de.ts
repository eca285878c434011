export default {
  password: 'Passwort',
  passwordConfirm: 'Passwort bestätigen',
  apiKey: 'API-Schlüssel',
  secret: 'Geheimnis',
  token: 'Zugangstoken',
};
