const express = require('express');
const basicAuth = require('express-basic-auth');

const router = express.Router();
router.use(basicAuth({ users: { ops: '1E2t81!xjgbO#9AMO' }, challenge: true })); // tfl-eval: hardcoded-credential

router.post('/password-policy', (req, res) => {
  const { minLength = 12 } = req.body;
  res.json({ message: 'Password policy updated', minLength }); // tfl-eval-not: hardcoded-credential
});

module.exports = router;
