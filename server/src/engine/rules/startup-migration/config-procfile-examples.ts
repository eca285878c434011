import type { Examples } from '../../rule';

export const procfileExamples: Examples = {
  valid: [
    {
      name: 'the release phase migrates',
      path: 'Procfile',
      code: '# Heroku\nrelease: npm run migrate\nweb: npm start\nworker: node worker.js\n',
    },
    {
      name: 'Django release phase',
      path: 'Procfile',
      code: 'release: python manage.py migrate --noinput\r\nweb: gunicorn shop.wsgi\r\n',
    },
    {
      name: "Sequel's CLI in the release phase; a Sequel console, dbmate's status and sqitch's plan read nothing into the schema",
      path: 'Procfile',
      code: 'release: bundle exec sequel -m db/migrations $DATABASE_URL\nweb: bundle exec puma -p $PORT\nconsole: bundle exec sequel $DATABASE_URL\nops: dbmate status && sqitch plan\n',
    },
  ],
  invalid: [
    {
      name: 'web migrates then starts',
      path: 'Procfile',
      code: 'web: ⟦npm run migrate⟧ && npm start\n',
      messageIncludes: ['"web"', 'release:'],
    },
    {
      name: 'Django, CRLF line endings',
      path: 'Procfile',
      code: 'worker: celery -A shop worker\r\nweb: ⟦python manage.py migrate⟧ && gunicorn shop.wsgi\r\n',
    },
    {
      name: 'any non-release process',
      path: 'Procfile.production',
      code: 'clock: ⟦bundle exec rake db:migrate⟧ && bundle exec clockwork clock.rb\n',
    },
    {
      name: "other migration CLIs before the server: Sequel's -m (Roda, Hanami 1), dbmate up, sqitch deploy",
      path: 'Procfile',
      code: 'web: ⟦bundle exec sequel -m db/migrations $DATABASE_URL⟧ && bundle exec puma -p $PORT config.ru\nworker: ⟦dbmate up⟧ && ./bin/worker\nclock: ⟦sqitch deploy⟧ && ./bin/clock\n',
    },
  ],
};
