// pm2 process file for the board API (deployed with `pm2 start ecosystem.config.js --env production`).
const dayjs = require('dayjs');

const logTime = dayjs().format('YYYY-MM-DD');
const appRoot = __dirname;

module.exports = {
  apps: [
    {
      name: 'board-api',
      script: './app.js',
      cwd: `${appRoot}`, // tfl-eval-not: file-logger
      instances: 1,
      error_file: `./logs/${logTime}/err.log`, // tfl-eval: file-logger
      out_file: `${appRoot}/logs/${logTime}/out.log`, // tfl-eval: file-logger
      log_date_format: 'YYYY-MM-DD HH:mm:ss',
      merge_logs: true,
      env_production: {
        NODE_ENV: 'production',
      },
    },
    {
      name: 'board-worker',
      script: './worker.js',
      out_file: '/dev/null', // tfl-eval-not: file-logger
      error_file: `/dev/stderr`, // tfl-eval-not: file-logger
      pid_file: `./run/${logTime}-worker.pid`, // tfl-eval-not: file-logger
    },
  ],
};
