#!/usr/bin/env node
// Posts regatta results as a draft, from the timing system's CSV export.
const GhostAdminAPI = require('@tryghost/admin-api');
const fs = require('fs');
const path = require('path');

const api = new GhostAdminAPI({
    url: 'https://journal.northshore-rowing.club',
    key: '9e9d3ebcbb4e92293caa2f4a:0c60dc5a93508f3360926e6c0d683ed9ee6514e699ef88615ad9c413123eceee', // tfl-eval: hardcoded-credential
    version: 'v5.0'
});

async function main(file) {
    const rows = fs.readFileSync(path.resolve(file), 'utf8').trim().split('\n').slice(1).map((line) => line.split(','));
    const html = '<table>' + rows.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td><td>${r[2]}</td></tr>`).join('') + '</table>';
    const post = await api.posts.add({ title: `Results: ${path.basename(file, '.csv')}`, html, status: 'draft' }, { source: 'html' });
    console.log('draft created', post.url);
}

main(process.argv[2]).catch((err) => {
    console.error(err);
    process.exit(1);
});
