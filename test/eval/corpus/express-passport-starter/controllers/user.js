const passport = require('passport');
const validator = require('validator');
const nodemailer = require('nodemailer');
const User = require('../models/User');

exports.getLogin = (req, res) => {
  if (req.user) return res.redirect('/');
  res.render('account/login', { title: 'Login' });
};

exports.postLogin = (req, res, next) => {
  const validationErrors = [];
  if (!validator.isEmail(req.body.email)) validationErrors.push({ msg: 'Please enter a valid email address.' });
  if (validator.isEmpty(req.body.password)) validationErrors.push({ msg: 'Password cannot be blank.' }); // tfl-eval-not: hardcoded-credential
  if (validationErrors.length) {
    req.flash('errors', validationErrors);
    return res.redirect('/login');
  }
  passport.authenticate('local', (err, user, info) => {
    if (err) return next(err);
    if (!user) {
      req.flash('errors', info);
      return res.redirect('/login');
    }
    req.logIn(user, (err) => (err ? next(err) : res.redirect(req.session.returnTo || '/')));
  })(req, res, next);
};

exports.getAccount = (req, res) => res.render('account/profile', { title: 'Account Management' });

exports.postUpdatePassword = async (req, res, next) => {
  if (!validator.isLength(req.body.password, { min: 8 })) {
    req.flash('errors', { msg: 'Password must be at least 8 characters long' }); // tfl-eval-not: hardcoded-credential
    return res.redirect('/account');
  }
  if (req.body.password !== req.body.confirmPassword) {
    req.flash('errors', { msg: 'Passwords do not match' }); // tfl-eval-not: hardcoded-credential
    return res.redirect('/account');
  }
  const user = await User.findById(req.user.id);
  user.password = req.body.password;
  await user.save();
  const transporter = nodemailer.createTransport({
    service: 'SendGrid',
    auth: { user: process.env.SENDGRID_USER, pass: process.env.SENDGRID_PASSWORD }, // tfl-eval-not: hardcoded-credential
  });
  await transporter.sendMail({ to: user.email, from: 'hackathon@starter.com', subject: 'Your password has been changed', text: `Hello,\n\nThis is a confirmation that the password for your account ${user.email} has just been changed.\n` });
  req.flash('success', { msg: 'Password has been changed.' });
  res.redirect('/account');
};
