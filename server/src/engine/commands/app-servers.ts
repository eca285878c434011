// The application servers a process runs its app under, by their command's name: one table for every reader that
// asks "is this program the app serving?" A start script that leaves one running in the background is how the app
// starts (background-server.ts); a Python start command that execs or spawns one hands the process over to the
// server (startup-migration's python-start-path.ts). Rule tables keyed by a server's name (its log-file, daemon,
// reload or port flags) hold facts about that server, not this list.

/** WSGI/ASGI servers and Pyramid's `pserve`: `gunicorn app:app`, `uvicorn main:app`, `uwsgi --ini app.ini`. */
export const PYTHON_APP_SERVERS: ReadonlySet<string> = new Set(['gunicorn', 'uvicorn', 'hypercorn', 'daphne', 'waitress-serve', 'granian', 'uwsgi', 'pserve']);

/** Rack servers: `puma -C config/puma.rb`, `unicorn -c config/unicorn.rb`, `thin start`, `rackup`. */
export const RUBY_APP_SERVERS: ReadonlySet<string> = new Set(['puma', 'unicorn', 'unicorn_rails', 'thin', 'rackup']);

/** Whether `program` (a command's base name) is an application server of any language. */
export function isAppServer(program: string): boolean {
  return PYTHON_APP_SERVERS.has(program) || RUBY_APP_SERVERS.has(program);
}
