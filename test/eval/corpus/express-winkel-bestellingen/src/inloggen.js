'use strict';

const bcrypt = require('bcrypt');

async function inloggen(req, res) {
  const { email, wachtwoord } = req.body; // tfl-eval-not: hardcoded-credential
  const klant = await req.db.klanten.findOne({ email });
  if (!klant || !(await bcrypt.compare(wachtwoord, klant.wachtwoordHash))) {
    return res.status(401).json({ fout: 'Onjuist wachtwoord' });
  }
  const velden = { wachtwoord: { placeholder: 'Wachtwoord', type: 'password' } }; // tfl-eval-not: hardcoded-credential
  return res.json({ ok: true, velden });
}

module.exports = { inloggen };
