const weather = require('openweather-client');

// The weather SDK's documented factory: createClient(apiKey).
const forecast = weather.createClient('Zj2aGyXE0V6shKn1MFKYe5uPOLLCDVW89zUtwo1c'); // tfl-eval: hardcoded-credential
const demo = weather.createClient('demo'); // tfl-eval-not: hardcoded-credential

module.exports = { forecast, demo };
