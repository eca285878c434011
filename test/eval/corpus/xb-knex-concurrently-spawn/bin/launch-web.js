const { spawnSync, spawn } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const result = spawnSync('npx', ['knex', 'migrate:latest'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);

const web = spawn(process.execPath, [path.join(root, 'src', 'web.js')], { stdio: 'inherit' });
web.on('exit', (code) => process.exit(code ?? 0));
