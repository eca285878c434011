// pm2 process file: the API in cluster mode, the mail worker and the nightly digest.
const path = require('path');

module.exports = {
  apps: [
    {
      name: 'ticketdesk-api',
      script: 'src/server.js',
      instances: 'max',
      exec_mode: 'cluster',
      kill_timeout: 5000,
      out_file: '/var/log/ticketdesk/api-out.log', // tfl-eval: file-logger
      error_file: '/var/log/ticketdesk/api-error.log', // tfl-eval: file-logger
      merge_logs: true, // tfl-eval-not: file-logger
      log_date_format: 'YYYY-MM-DD HH:mm:ss Z', // tfl-eval-not: file-logger
      env_production: {
        NODE_ENV: 'production',
      },
    },
    {
      name: 'ticketdesk-mailer',
      script: 'src/workers/mailer.js',
      instances: 2,
      out_file: '/dev/null', // tfl-eval-not: file-logger
      error_file: '/dev/stderr', // tfl-eval-not: file-logger
    },
    {
      name: 'ticketdesk-digest',
      script: 'src/workers/digest.js',
      cron_restart: '0 6 * * *',
      autorestart: false,
      log_file: './logs/digest-combined.log', // tfl-eval: file-logger
      pid_file: path.join(__dirname, 'tmp', 'digest.pid'), // tfl-eval-not: file-logger
    },
    {
      name: 'ticketdesk-sla',
      script: 'src/workers/sla.js',
      out_file: `${process.env.LOG_DIR}/sla.log`, // tfl-eval-not: file-logger
    },
  ],
};
