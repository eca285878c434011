const { app, BrowserWindow, safeStorage } = require('electron');
const { autoUpdater } = require('electron-updater');
const Store = require('electron-store');
const keytar = require('keytar');

const store = new Store({ name: 'fieldkit', encryptionKey: '5nSfJnoLjks3ipdGRxXbXYSpmAprDdQa' }); // tfl-eval: hardcoded-credential

autoUpdater.setFeedURL({
  provider: 'github',
  owner: 'acme-fieldkit',
  repo: 'desktop',
  private: true,
  token: 'ghp_UyVAhH1uYxbXhOcrAkLSvULQD6VXVf1ISrgr', // tfl-eval: hardcoded-credential
});

async function savePassword(account, password) {
  await keytar.setPassword('FieldKit', account, password); // tfl-eval-not: hardcoded-credential
  store.set('lastAccount', account);
}

function encrypt(text) {
  return safeStorage.encryptString(text).toString('base64');
}

app.whenReady().then(() => {
  const win = new BrowserWindow({ width: 1280, height: 800, webPreferences: { contextIsolation: true } });
  win.loadURL(process.env.FIELDKIT_URL || 'https://app.fieldkit.example');
  autoUpdater.checkForUpdatesAndNotify();
});

module.exports = { savePassword, encrypt };
