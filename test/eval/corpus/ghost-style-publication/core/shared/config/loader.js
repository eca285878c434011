const path = require('path');
const nconf = require('nconf');

function loadNconf() {
    const env = process.env.NODE_ENV || 'development';
    const config = new nconf.Provider();
    config.argv().env({separator: '__', parseValues: true});
    config.file('env', path.join(__dirname, 'env', `config.${env}.json`));
    config.file('defaults', path.join(__dirname, 'defaults.json'));
    return config;
}

module.exports = loadNconf();
