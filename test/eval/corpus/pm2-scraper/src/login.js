const puppeteer = require('puppeteer');
const { WebClient } = require('@slack/web-api');

const slack = new WebClient('xoxb-164465484557-9713393064353-aaB2z2cOXvUhzlvLvUoiimCp'); // tfl-eval: hardcoded-credential

async function loginToSupplierPortal() {
  const browser = await puppeteer.launch({ headless: 'new', args: [`--proxy-server=${process.env.PROXY_URL}`] });
  const page = await browser.newPage();
  await page.goto('https://portal.supplier.example.com/login');
  await page.type('#username', 'acme-buyer');
  await page.type('#password', 'fzcfs036!VHZ1xo5'); // tfl-eval: hardcoded-credential
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  return { browser, page };
}

async function reportFailure(error) {
  await slack.chat.postMessage({ channel: '#scraper', text: `Login failed: ${error.message}` });
}

module.exports = { loginToSupplierPortal, reportFailure };
