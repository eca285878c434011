const express = require('express');
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const { body, validationResult } = require('express-validator');
const User = require('../models/User');

const router = express.Router();

router.post(
  '/register',
  body('email').isEmail().withMessage('Please include a valid email'),
  body('password').isLength({ min: 8 }).withMessage('Password must be at least 8 characters'),
  async (req, res) => {
    const errors = validationResult(req);
    if (!errors.isEmpty()) return res.status(400).json({ errors: errors.array() });
    const { name, email, password } = req.body;
    const salt = await bcrypt.genSalt(10);
    const user = await User.create({ name, email, password: await bcrypt.hash(password, salt) });
    const token = jwt.sign({ user: { id: user.id } }, process.env.JWT_SECRET, { expiresIn: '5 days' });
    res.cookie('token', token, { httpOnly: true, sameSite: 'strict' });
    res.json({ token });
  },
);

router.post('/forgot-password', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (user) {
    user.resetPasswordToken = require('crypto').randomBytes(20).toString('hex');
    user.resetPasswordExpire = Date.now() + 10 * 60 * 1000;
    await user.save();
  }
  res.json({ message: 'If that account exists, a reset email has been sent' });
});

module.exports = router;
