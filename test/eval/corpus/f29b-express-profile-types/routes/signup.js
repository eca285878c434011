const db = require('../db');

module.exports = (app) => {
  // The list of profile kinds the sign-up form offers (admin, cook, guest): the same for everyone.
  let profile = {}; // tfl-eval-not: memory-session-store
  let profiles = []; // tfl-eval-not: memory-session-store
  // The row of whoever logged in last, then served to every visitor of /me.
  let account = {}; // tfl-eval: memory-session-store

  app.get('/signup', (req, res) => {
    db.query('SELECT id AS id_profile, profile FROM profile ORDER BY profile', (error, results) => {
      if (error) return res.status(500).end();
      profile = results;
      res.render('signup', { profile });
    });
  });

  app.get('/profiles', async (req, res) => {
    const [rows] = await db.promise().query('SELECT id, profile FROM profile');
    profiles = rows;
    res.json(profiles);
  });

  app.post('/login', (req, res) => {
    const { email } = req.body;
    db.query('SELECT * FROM account WHERE email = ?', [email], (error, results) => {
      if (error || results.length === 0) return res.redirect('/login');
      account = results[0];
      res.redirect('/me');
    });
  });

  app.get('/me', (req, res) => res.render('me', { account }));
};
