const mbxClient = require('@mapbox/mapbox-sdk');
const mbxGeocoding = require('@mapbox/mapbox-sdk/services/geocoding');
const { createClient } = require('redis');
const { Client } = require('discord.js');

const geo = mbxGeocoding(mbxClient({ accessToken: process.env.MAPBOX_TOKEN })); // tfl-eval-not: hardcoded-credential
const cache = createClient({ url: process.env.REDIS_URL }); // tfl-eval-not: hardcoded-credential
const named = createClient('foodbot-cache'); // tfl-eval-not: hardcoded-credential
const bot = new Client({ intents: [] }); // tfl-eval-not: hardcoded-credential

module.exports = { geo, cache, named, bot };
