module.exports = {
  apps: [
    {
      name: 'courier-api',
      script: 'dist/server.js',
      instances: 'max',
      exec_mode: 'cluster',
      output: './logs/courier-out.log', // tfl-eval: file-logger
      error: './logs/courier-error.log', // tfl-eval: file-logger
      merge_logs: true,
      env_production: { NODE_ENV: 'production' },
    },
    {
      name: 'courier-tracker',
      script: 'dist/tracker.js',
      out: '/dev/stdout', // tfl-eval-not: file-logger
      err: '/dev/stderr', // tfl-eval-not: file-logger
      log_date_format: 'YYYY-MM-DD HH:mm Z',
    },
    {
      name: 'courier-digest',
      script: 'dist/digest.js',
      cron_restart: '0 6 * * *',
      autorestart: false,
      log: `${process.env.LOG_DIR}/digest.log`, // tfl-eval-not: file-logger
    },
  ],
  deploy: {
    production: {
      user: 'deploy',
      host: ['courier-1.internal'],
      ref: 'origin/main',
      repo: 'git@github.com:courier/courier.git',
      path: '/srv/courier',
      'post-deploy': 'npm ci && npm run build && pm2 reload ecosystem.config.js --env production',
    },
  },
};
