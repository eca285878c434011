const { LRUCache } = require('lru-cache');

// Formatting is pure: the cache only saves recomputing Intl formatters, it holds no user state.
const formatters = new LRUCache({ max: 100 });

function formatPrice(amount, currency, locale) {
  const key = `${locale}:${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  return formatter.format(amount);
}

const memo = new Map();
function slugify(text) {
  if (!memo.has(text)) memo.set(text, text.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
  return memo.get(text);
}

module.exports = { formatPrice, slugify };
