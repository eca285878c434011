const yelp = require('yelp-fusion');

// yelp-fusion's factory takes the API key.
const client = yelp.client('9vfgw19_0cAjcgebTlEOdPnvCrvcQfihyr3ggK9fDWtLXf4fKAQXS7xtSdoVymlnMDNXCCnNBXmAZdCExWCPXqwyXleUXhfkvbDo1eeh30f9NFN8fIt2ZqXObsxY10Ws'); // tfl-eval: hardcoded-credential
const envClient = yelp.client(process.env.YELP_API_KEY); // tfl-eval-not: hardcoded-credential

module.exports = {
  name: 'food',
  async execute(message, args) {
    const [term, ...where] = args;
    const res = await (process.env.YELP_API_KEY ? envClient : client).search({ term, location: where.join(' ') });
    return message.reply(res.jsonBody.businesses.slice(0, 3).map((b) => b.name).join('\n'));
  },
};
