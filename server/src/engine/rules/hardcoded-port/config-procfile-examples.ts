import type { Examples } from '../../rule';

export const procfileExamples: Examples = {
  valid: [
    { name: 'binds $PORT', path: 'Procfile', code: `web: gunicorn app:app --bind 0.0.0.0:$PORT\n` },
    { name: 'URL binds of $PORT (puma tcp://, falcon http://), and a unix socket', path: 'Procfile', code: `web: bundle exec puma -b tcp://0.0.0.0:$PORT -b 'ssl://0.0.0.0:$PORT?key=k.pem' && falcon serve --bind http://0.0.0.0:$PORT -b unix:///tmp/web.sock\n` },
    { name: "foreman's development process file (Rails 7's bin/dev)", path: 'Procfile.dev', code: `web: bin/rails server -p 3000\ncss: bin/rails tailwindcss:watch\n` },
    { name: "Heroku's process file for Windows laptops (`heroku local -f Procfile.windows`), beside the deploy's Procfile", path: 'Procfile.windows', code: `web: flask run --port 5000\n` },
    { name: 'braced $PORT', path: 'Procfile', code: `web: bundle exec puma -p \${PORT:-3000}\n` },
    { name: 'npm start reads PORT in code', path: 'Procfile', code: `web: npm start\nrelease: npm run migrate\n` },
    { name: 'a worker is not routed to', path: 'Procfile', code: `worker: celery -A app worker -b redis://localhost:6379\n` },
    { name: 'mkdir -p before the server', path: 'Procfile', code: `web: mkdir -p tmp && node server.js\n` },
  ],
  invalid: [
    {
      name: "puma's tcp:// bind and an ssl:// bind with a query after the port",
      path: 'Procfile',
      code: `web: bundle exec puma -b tcp://0.0.0.0:⟦3000⟧ -b 'ssl://0.0.0.0:⟦9292⟧?key=config/k.pem&cert=config/c.pem' -t 5:5\n`,
    },
    {
      name: "falcon's --bind URL",
      path: 'Procfile',
      code: `web: bundle exec falcon serve --bind http://0.0.0.0:⟦9292⟧ --count 2\n`,
    },
    {
      name: 'gunicorn --bind',
      path: 'Procfile',
      code: `web: gunicorn app:app --bind 0.0.0.0:⟦8000⟧\n`,
      messageIncludes: ['8000', '$PORT'],
      output: `web: gunicorn app:app --bind 0.0.0.0:$PORT\n`,
    },
    { name: 'rails -p', path: 'Procfile', code: `web: bundle exec rails server -p ⟦3000⟧\n`, output: `web: bundle exec rails server -p $PORT\n` },
    { name: 'uvicorn --port=', path: 'Procfile', code: `web: uvicorn main:app --host 0.0.0.0 --port=⟦8000⟧\n` },
    { name: 'PORT assigned in the command', path: 'Procfile', code: `web: PORT=⟦3000⟧ node server.js\n` },
    { name: "PHP's built-in server", path: 'Procfile', code: `web: php -S 0.0.0.0:⟦8080⟧ -t public\n` },
  ],
};
