// Run by hand: drops quotes older than 90 days, rewriting each one it keeps.
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, '..', 'data', 'quotes');
for (const name of fs.readdirSync(dir)) {
  const quote = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
  if (Date.now() - quote.createdAt > 90 * 86400000) fs.unlinkSync(path.join(dir, name));
  else fs.writeFileSync(path.join(dir, `${quote.id}.json`), JSON.stringify(quote)); // tfl-eval-not: memory-session-store
}
