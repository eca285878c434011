module.exports = {
  apps: [
    {
      name: 'price-scraper',
      script: './src/index.js',
      instances: 1,
      cron_restart: '0 */6 * * *',
      env: {
        NODE_ENV: 'development',
        PROXY_URL: 'http://localhost:8888', // tfl-eval-not: hardcoded-credential
      },
      env_production: {
        NODE_ENV: 'production',
        PROXY_URL: 'http://scraper:iKkf0AoFyjkSM4cG@proxy.brightdata.example:22225', // tfl-eval: hardcoded-credential
        CAPTCHA_API_KEY: '8b1eb66621386a7897523c0eda7a305d', // tfl-eval: hardcoded-credential
        SHOP_LOGIN_PASSWORD: 'jkgyy583%HEQ0glo', // tfl-eval: hardcoded-credential
      },
    },
  ],
  deploy: {
    production: {
      user: 'deploy',
      host: ['scraper.example.net'],
      ref: 'origin/main',
      repo: 'git@github.com:acme/price-scraper.git',
      path: '/srv/price-scraper',
      'post-deploy': 'npm ci && pm2 reload ecosystem.config.js --env production',
    },
  },
};
