const fs = require('fs');
const path = require('path');

// Written once at start-up so the front end can read the build's settings: not a user's state.
const settingsFile = path.join(__dirname, '..', 'public', 'runtime-config.json');
const settings = { apiBase: process.env.API_BASE || '/api', version: require('../package.json').version };
fs.writeFileSync(settingsFile, JSON.stringify(settings)); // tfl-eval-not: memory-session-store

function currentSettings() {
  return JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
}

module.exports = { currentSettings };
