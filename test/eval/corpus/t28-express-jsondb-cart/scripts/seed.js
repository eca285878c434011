const fs = require('fs');
const path = require('path');

// One-off: writes demo products before a demo. Not request code.
const productsFile = path.join(__dirname, '..', 'data', 'products.json');
const existing = fs.existsSync(productsFile) ? JSON.parse(fs.readFileSync(productsFile, 'utf8')) : [];
existing.push({ id: 'p1', name: 'Mug', price: 9 });
fs.writeFileSync(productsFile, JSON.stringify(existing, null, 2)); // tfl-eval-not: memory-session-store
