const passport = require('passport');
const { Strategy: LocalStrategy } = require('passport-local');
const { Strategy: GitHubStrategy } = require('passport-github2');
const { OAuth2Strategy: GoogleStrategy } = require('passport-google-oauth');
const User = require('../models/User');

passport.serializeUser((user, done) => done(null, user.id));
passport.deserializeUser((id, done) => User.findById(id).then((user) => done(null, user)).catch(done));

passport.use(new LocalStrategy({ usernameField: 'email' }, async (email, password, done) => {
  const user = await User.findOne({ email: email.toLowerCase() });
  if (!user) return done(null, false, { msg: `Email ${email} not found.` });
  if (!user.password) return done(null, false, { msg: 'Your account was registered using a sign-in provider. To enable password login, sign in using a provider, and then set a password under your user profile.' });
  const isMatch = await user.comparePassword(password);
  return isMatch ? done(null, user) : done(null, false, { msg: 'Invalid email or password.' });
}));

passport.use(new GitHubStrategy({
  clientID: process.env.GITHUB_ID,
  clientSecret: process.env.GITHUB_SECRET,
  callbackURL: `${process.env.BASE_URL}/auth/github/callback`,
  passReqToCallback: true,
  scope: ['user:email'],
}, async (req, accessToken, refreshToken, profile, done) => {
  const existing = await User.findOne({ github: profile.id });
  if (existing) return done(null, existing);
  const user = new User({ github: profile.id, email: profile._json.email, tokens: [{ kind: 'github', accessToken }] });
  await user.save();
  return done(null, user);
}));

passport.use(new GoogleStrategy({
  clientID: '828110519058.apps.googleusercontent.com', // tfl-eval-not: hardcoded-credential
  clientSecret: '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', // tfl-eval: hardcoded-credential
  callbackURL: '/auth/google/callback',
  passReqToCallback: true,
}, async (req, accessToken, refreshToken, params, profile, done) => done(null, profile)));

exports.isAuthenticated = (req, res, next) => {
  if (req.isAuthenticated()) return next();
  req.session.returnTo = req.originalUrl;
  return res.redirect('/login');
};
