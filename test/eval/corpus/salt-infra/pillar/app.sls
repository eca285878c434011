app:
  env:
    DJANGO_SETTINGS_MODULE: ledger.settings.production
    DJANGO_SECRET_KEY: 'ek/ZF7XSXbUoBB/vLJak6s6UNOg98XXQ+edeaW2LFzxEeVHzlE' # tfl-eval: hardcoded-credential
    SENTRY_DSN: 'https://4358b06edd45a6e00573e0e89c51651e@o4505846780.ingest.sentry.io/4573688580832530'
    SMTP_PASSWORD: {{ pillar.get('smtp_password', '') }} # tfl-eval-not: hardcoded-credential
