import type { Examples } from '../../rule';

export const pumaExamples: Examples = {
  valid: [
    {
      name: "Rails' generated puma.rb, and `daemonize false`",
      path: 'config/puma.rb',
      code: 'threads 5, 5\nport ENV.fetch("PORT") { 3000 }\nplugin :tmp_restart\ndaemonize false\n',
    },
    {
      name: 'a method named daemonize in app code is no Puma config',
      path: 'app/services/worker.rb',
      code: 'class Worker\n  def start\n    daemonize\n  end\nend\n',
    },
  ],
  invalid: [
    {
      name: 'Puma 4: `daemonize true` in the production config, and `daemonize` alone',
      path: 'config/puma/production.rb',
      code: 'workers 2\n⟦daemonize true⟧\nif ENV["DETACH"]\n  ⟦daemonize⟧\nend\n',
      messageIncludes: ['Factor VIII', 'daemonize'],
    },
  ],
};

export const gunicornExamples: Examples = {
  valid: [{ name: 'gunicorn in the foreground', path: 'gunicorn.conf.py', code: 'bind = "0.0.0.0:8000"\ndaemon = False\n' }],
  invalid: [{ name: "gunicorn's config module sets daemon", path: 'deploy/gunicorn.conf.py', code: 'workers = 3\n⟦daemon = True⟧\n' }],
};

export const uwsgiExamples: Examples = {
  valid: [
    { name: "uWSGI in the foreground, and a daemonize path the environment decides", path: 'uwsgi.ini', code: '[uwsgi]\nmodule = app:app\ndie-on-term = true\ndaemonize = $(UWSGI_DAEMON_LOG)\n' },
    { name: "another tool's section", path: 'setup.ini', code: '[tool]\ndaemonize = /var/log/tool.log\n' },
  ],
  invalid: [{ name: "uWSGI's daemonize with its log file", path: 'uwsgi.ini', code: '[uwsgi]\nmodule = app:app\n⟦daemonize = /var/log/uwsgi/app.log⟧\n' }],
};

export const workerYamlExamples: Examples = {
  valid: [{ name: 'Sidekiq without :daemon:', path: 'config/sidekiq.yml', code: ':concurrency: 5\n:daemon: false\n' }],
  invalid: [
    { name: "Sidekiq < 6's :daemon: under production", path: 'config/sidekiq.yml', code: ':concurrency: 5\nproduction:\n  :daemon: ⟦true⟧\n' },
    { name: "Thin's daemonize", path: 'config/thin.yml', code: 'port: 3000\nservers: 2\ndaemonize: ⟦true⟧\n' },
  ],
};
