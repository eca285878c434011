module.exports = {
  apps: [
    {
      name: 'orders-api',
      script: 'src/server.js',
      instances: 'max',
      exec_mode: 'cluster',
      env: {
        NODE_ENV: 'development',
        PORT: 3000,
      },
      env_production: {
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://orders:TdGDTp!ZdHFs#H0kG@10.0.4.12:5432/orders', // tfl-eval: hardcoded-credential, hardcoded-backing-service
        JWT_SECRET: '52e8d7dc178bd09c96cd5df18adbd310ab6f5af1a9565144', // tfl-eval: hardcoded-credential
        MAILGUN_API_KEY: 'key-4e934f7136bf84c90242a27c1cd1b3c8', // tfl-eval: hardcoded-credential
        LOG_LEVEL: 'info',
      },
    },
  ],
  deploy: {
    production: {
      user: 'deploy',
      host: ['10.0.4.21', '10.0.4.22'],
      ref: 'origin/main',
      repo: 'git@github.com:example/orders-api.git',
      path: '/srv/orders-api',
      'post-deploy': 'npm ci --omit=dev && pm2 reload ecosystem.config.js --env production',
    },
  },
};
