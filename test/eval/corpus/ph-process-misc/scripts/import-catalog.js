#!/usr/bin/env node
// One-off CLI: node scripts/import-catalog.js catalog.csv
const fs = require('fs');

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: import-catalog <file.csv>');
  process.exit(1);
}
const rows = fs.readFileSync(file, 'utf8').split('\n');
fs.appendFileSync('import.log', `imported ${rows.length} rows\n`); // tfl-eval: file-logger
console.log(`imported ${rows.length} rows`);
