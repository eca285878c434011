const express = require('express');
const router = express.Router();

router.get('/login', (req, res) => {
  res.render('login', { title: 'Sign in', passwordLabel: 'Password', password: 'Required' }); // tfl-eval-not: hardcoded-credential
});

module.exports = router;
