const express = require('express');
const jwt = require('jsonwebtoken');
const config = require('config');

const router = express.Router();

router.post('/', async (req, res) => {
  const payload = { user: { id: req.body.id } };
  jwt.sign(payload, config.get('jwtSecret'), { expiresIn: config.get('jwtExpiresIn') }, (err, token) => {
    if (err) throw err;
    res.json({ token });
  });
});

module.exports = router;
