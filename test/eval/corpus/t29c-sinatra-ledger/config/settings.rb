# Settings for the ledger's mail and cache, loaded by app.rb
module Settings
  SMTP_HOST = 'smtp.mailgun.org' # tfl-eval: hardcoded-backing-service
  SMTP_USER = 'postmaster@ledger.example.net'
  password = 'KelKelKel' # tfl-eval: hardcoded-credential
  SMTP_PASSWORD = password
  ARCHIVE_PASSWORD = 'abcabcabc' # tfl-eval-not: hardcoded-credential
  admin_password = 'Rosalind' # tfl-eval: hardcoded-credential
  REDIS_AUTH = 'NBEaKd72dJ' # tfl-eval: hardcoded-credential
  REDIS_AUTH_ENABLED = true # tfl-eval-not: hardcoded-credential
  PASSWORD_LABEL = 'Password' # tfl-eval-not: hardcoded-credential
  FIELD_TITLES = { password: 'Password', email: 'Email' } # tfl-eval-not: hardcoded-credential
end
