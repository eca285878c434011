const jwt = require('jsonwebtoken');
const passport = require('passport');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
const GitHubStrategy = require('passport-github2').Strategy;

const TOKEN_SECRET = 'blog-z9FBIA0qlKKpu1BAXyLutZaUEiGP2dbj'; // tfl-eval: hardcoded-credential

passport.use(new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: TOKEN_SECRET }, (payload, done) => done(null, payload)));

passport.use(new GitHubStrategy({
  clientID: 'Iv1.1ebbfdc882ceaabc1add05b8d328322d',
  clientSecret: '73493409107cc196569b2664f3b76c6a97c98fa003bfa2e26d28d1bcb056683e', // tfl-eval: hardcoded-credential
  callbackURL: 'https://blog.example.com/auth/github/callback',
}, (accessToken, refreshToken, profile, done) => done(null, profile)));

function issue(user) {
  return jwt.sign({ sub: user.id, role: user.role }, TOKEN_SECRET, { expiresIn: '7d' });
}

function issueReset(user) {
  return jwt.sign({ sub: user.id, purpose: 'reset' }, 'reset-aNH5o0NyYln3oTyLzeU2', { expiresIn: '15m' }); // tfl-eval: hardcoded-credential
}

module.exports = { issue, issueReset };
