const express = require('express');

function startStub() {
  const stub = express();
  stub.get('/rates', (_req, res) => res.json({ EUR: 1 }));
  return stub.listen(4010);
}

module.exports = { startStub };
