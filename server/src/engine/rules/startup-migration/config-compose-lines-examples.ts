import type { Examples } from '../../rule';

// Compose commands written over several lines (yaml-flow-scalar.ts, container-commands.ts) and services that run once
// (one-shot-services.ts).
export const composeLinesExamples: Examples = {
  valid: [
    {
      name: 'a migrate service the app waits for, and a set-up service never restarted that serves nothing: each runs once',
      path: 'docker-compose.prod.yml',
      code: [
        'services:',
        '  migrate:',
        '    build: .',
        '    command: sh -c "python manage.py migrate --noinput && python manage.py loaddata plans"',
        '  db-init:',
        '    build: .',
        '    restart: "no"',
        '    command: sh -c "flask db upgrade && python -m app.load_labels"',
        '  web:',
        '    build: .',
        '    command: gunicorn app.wsgi -b 0.0.0.0:8000',
        '    depends_on:',
        '      migrate:',
        '        condition: service_completed_successfully',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'sh -c "…" continued with \\ over lines of a plain scalar: the migration on the second line is found there',
      path: 'docker-compose.prod.yml',
      code: [
        'services:',
        '  web:',
        '    build: .',
        '    command: sh -c "python manage.py collectstatic --noinput && \\',
        '      ⟦python manage.py migrate⟧ && \\',
        '      daphne -b 0.0.0.0 -p 8000 chat.asgi:application"',
        '',
      ].join('\n'),
      messageIncludes: ['this container migrates the database every time it starts'],
    },
    {
      name: 'a double-quoted scalar continued with YAML\'s escaped line break, and a service never restarted that publishes a port',
      path: 'docker-compose.yml',
      code: [
        'services:',
        '  api:',
        '    build: .',
        '    restart: "no"',
        '    ports: ["8000:8000"]',
        '    command: "sh -c \'pip check && \\',
        '      ⟦alembic upgrade head⟧ && exec uvicorn app.main:app --host 0.0.0.0\'"',
        '',
      ].join('\n'),
      messageIncludes: ['this container migrates the database every time it starts'],
    },
  ],
};
