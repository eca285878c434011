const db = require('../db');

module.exports = (app) => {
  // The row of whoever signed in last, served to every visitor of /me.
  let account = {}; // tfl-eval: memory-session-store
  // Meal kinds for the form: one table, the same for everyone.
  let mealKinds = []; // tfl-eval-not: memory-session-store

  app.post('/signin', (req, res) => {
    const { email } = req.body;
    db.query('SELECT * FROM account WHERE email = ?', [email], (error, results) => {
      if (error || results.length === 0) return res.redirect('/signin');
      account = results[0];
      res.redirect('/me');
    });
  });

  app.get('/kinds', (req, res) => {
    db.query('SELECT id, label FROM meal_kind ORDER BY label', (error, results) => {
      mealKinds = results;
      res.json(mealKinds);
    });
  });

  app.get('/me', (req, res) => res.render('me', { account }));
};
