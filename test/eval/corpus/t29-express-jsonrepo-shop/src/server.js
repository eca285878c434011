const fs = require('fs');
const path = require('path');
const express = require('express');

const app = express();
app.use(express.json());
app.use('/cart', require('./routes/cart'));

// The front end's build settings, written once as the server starts.
fs.writeFileSync(path.join(__dirname, '..', 'public', 'runtime-config.json'), JSON.stringify({ api: '/cart' })); // tfl-eval-not: memory-session-store

app.listen(process.env.PORT || 3000); // tfl-eval: no-graceful-shutdown
