const Koa = require('koa');
const session = require('koa-session');
const bunyan = require('bunyan');
const fetch = require('node-fetch');

const app = new Koa();
app.keys = ['fd4b28762e71fbd60b22200e23f8eb635118f6dc']; // tfl-eval: hardcoded-credential

const log = bunyan.createLogger({
  name: 'crm',
  streams: [
    { level: 'info', stream: process.stdout }, // tfl-eval-not: file-logger
    { level: 'error', path: '/var/log/crm/error.log' }, // tfl-eval: file-logger
  ],
});

async function lookupCompany(domain) {
  const res = await fetch(`https://company.clearbit.com/v2/companies/find?domain=${domain}`, {
    headers: { xapikey: 'XFrZNuhLRVzb0O7DQ24HeOTeujcs2mPa' }, // tfl-eval: hardcoded-credential
  });
  return res.json();
}

app.use(session({ key: 'crm:sess' }, app));
app.use(async (ctx) => {
  if (ctx.request.body && ctx.request.body.password === 'changeme') ctx.throw(400, 'Choose a new password'); // tfl-eval-not: hardcoded-credential
});
module.exports = { app, log, lookupCompany };
