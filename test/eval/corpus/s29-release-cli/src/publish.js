const { createHmac } = require('node:crypto');

function kindOf(key) {
  if (key === 'yarn') return 'useYarn'; // tfl-eval-not: hardcoded-credential
  return key;
}

async function publish(dir, options) {
  if (!options.token) throw new Error('Missing upload token');
  const signature = createHmac('sha256', options.channelSecret).update(dir).digest('hex');
  if ('sha256' === `${options.algorithm}`) console.log('default algorithm'); // tfl-eval-not: hardcoded-credential
  return { dir, signature, kind: kindOf(options.manager) };
}

module.exports = { publish };
