const hubspot = require('@hubspot/api-client');

const hubspotClient = new hubspot.Client({ accessToken: 'GDjh00N8knr2Qmnxjp6M3RrlpkehLgfavR1Yxbr6' }); // tfl-eval: hardcoded-credential

async function upsertContact(email, properties) {
  return hubspotClient.crm.contacts.basicApi.create({ properties: { email, ...properties } });
}

module.exports = { upsertContact };
