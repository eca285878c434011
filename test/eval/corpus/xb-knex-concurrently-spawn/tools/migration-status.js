const { spawnSync } = require('child_process');

spawnSync('npx', ['knex', 'migrate:status'], { stdio: 'inherit' });
