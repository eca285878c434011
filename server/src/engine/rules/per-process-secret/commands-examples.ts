import type { Examples } from '../../rule';

export const shellExamples: Examples = {
  valid: [
    { name: 'a one-off setup script', path: 'scripts/setup.sh', code: `#!/bin/sh\nset -e\ncp -n .env.example .env\nphp artisan key:generate\nphp artisan migrate --seed\n` },
    {
      name: 'a bootstrap script that writes keys to the env file once',
      path: 'scripts/bootstrap-secrets.sh',
      code: `#!/bin/sh\necho "SECRET_KEY_BASE=$(openssl rand -hex 64)" >> .env.production\n`,
    },
    { name: 'an entrypoint that reads the key the deploy set', path: 'docker/entrypoint.sh', code: `#!/bin/sh\nset -e\nphp artisan config:cache\nexec "$@"\n` },
    { name: 'a tag that is not a key', path: 'docker-entrypoint.sh', code: `#!/bin/sh\nexport REQUEST_LOG_TAG="$(hostname)-$(uuidgen)"\nexec "$@"\n` },
    { name: 'artisan key:generate --show prints a key', path: 'docker/entrypoint.sh', code: `#!/bin/sh\nphp artisan key:generate --show\nexec php-fpm\n` },
    {
      name: 'a branch whose test cannot be true: key:generate --show always prints a fresh key, so -z never holds',
      path: 'docker/entrypoint.sh',
      code: `#!/bin/sh\nset -e\nif [ -z "$(php artisan key:generate --show)" ]; then\n    php artisan key:generate --force\nfi\nexec php-fpm\n`,
    },
    {
      name: 'the same never-true test before &&, on a random key',
      path: 'docker-entrypoint.sh',
      code: `#!/bin/sh\n[ -z "$(openssl rand -hex 32)" ] && export SESSION_SECRET=$(openssl rand -hex 32)\nexec node server.js\n`,
    },
  ],
  invalid: [
    {
      name: 'artisan key:generate in an entrypoint',
      path: 'docker/entrypoint.sh',
      code: `#!/bin/sh\nset -e\n⟦php artisan key:generate --force⟧\nexec "$@"\n`,
      messageIncludes: ['APP_KEY'],
    },
    {
      name: "tymon/jwt-auth's jwt:secret in an entrypoint",
      path: 'docker/entrypoint.sh',
      code: `#!/bin/sh\nset -e\n⟦php artisan jwt:secret --force⟧\nphp artisan config:cache\nexec "$@"\n`,
      messageIncludes: ['JWT_SECRET'],
    },
    {
      name: 'exported keys made by rake secret and openssl',
      path: 'bin/docker-entrypoint',
      code: `#!/bin/bash -e\nexport ⟦SECRET_KEY_BASE=$(bundle exec rake secret)⟧\nexport ⟦DEVISE_JWT_SECRET_KEY="$(openssl rand -hex 64)"⟧\nexec "\${@}"\n`,
    },
    {
      name: 'key:generate only when the deploy set no APP_KEY is a fallback: information',
      path: 'docker/start.sh',
      code: `#!/usr/bin/env bash\nif [ -z "\${APP_KEY:-}" ]; then\n  ⟦php artisan key:generate --force⟧\nfi\nexec php artisan octane:start\n`,
      severity: 'info',
    },
    {
      name: 'key:generate without --force writes a key only where none is set (with one, production asks and stops): information',
      path: 'docker/entrypoint.sh',
      code: `#!/bin/sh\nset -e\n⟦php artisan key:generate⟧\nexec php-fpm\n`,
      severity: 'info',
    },
    {
      name: 'an assignment under [ -z "$SECRET_KEY_BASE" ] && is a fallback too',
      path: 'bin/docker-start',
      code: `#!/bin/sh\n[ -z "$SECRET_KEY_BASE" ] && export ⟦SECRET_KEY_BASE=$(rails secret)⟧\nexec bundle exec puma\n`,
      severity: 'info',
    },
    {
      name: 'a default for an unset variable is information',
      path: 'start.sh',
      code: `#!/bin/sh\nexport ⟦SECRET_KEY_BASE=\${SECRET_KEY_BASE:-$(rails secret)}⟧\nexec bundle exec puma\n`,
      severity: 'info',
    },
  ],
};

export const dockerfileExamples: Examples = {
  valid: [
    { name: 'a build step', path: 'Dockerfile', code: `FROM php:8.3-fpm\nRUN composer install\nCMD ["php-fpm"]\n` },
  ],
  invalid: [
    { name: 'CMD that makes an APP_KEY', path: 'Dockerfile', code: `FROM php:8.3-cli\nCMD ⟦php artisan key:generate --force⟧ && php artisan serve --host=0.0.0.0\n` },
  ],
};

export const procfileExamples: Examples = {
  valid: [
    { name: 'a release process runs once per release', path: 'Procfile', code: `release: php artisan migrate --force\nweb: heroku-php-apache2 public/\n` },
  ],
  invalid: [
    { name: 'a web process that makes a key', path: 'Procfile', code: `web: ⟦php artisan key:generate --force⟧ && heroku-php-apache2 public/\n` },
  ],
};

export const yamlExamples: Examples = {
  valid: [
    { name: 'a compose service reading the key', path: 'docker-compose.yml', code: `services:\n  app:\n    image: acme/jobs\n    environment:\n      APP_KEY: \${APP_KEY}\n    command: php artisan serve --host=0.0.0.0\n` },
  ],
  invalid: [
    {
      name: 'a compose command that exports a fresh secret',
      path: 'docker-compose.yml',
      code: `services:\n  web:\n    image: acme/web\n    command: sh -c "export ⟦SECRET_KEY=$$(openssl rand -hex 32)⟧ && exec gunicorn app:app"\n`,
    },
  ],
};
