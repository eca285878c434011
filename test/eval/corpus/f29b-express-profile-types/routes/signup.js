const db = require('../db');

module.exports = (app) => {
  // The list of profile kinds the sign-up form offers (admin, cook, guest): the same for everyone.
  let profile = {}; // tfl-eval-not: memory-session-store
  let profiles = []; // tfl-eval-not: memory-session-store

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

};
