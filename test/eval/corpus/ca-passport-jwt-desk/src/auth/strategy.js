const passport = require('passport');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');

const opts = {
  jwtFromRequest: ExtractJwt.fromAuthHeaderWithScheme('Bearer'), // tfl-eval-not: hardcoded-credential
  secretOrKey: 'Bearer', // tfl-eval: hardcoded-credential
  issuer: 'desk.acme.test',
};

passport.use(new JwtStrategy(opts, (payload, done) => done(null, { id: payload.sub })));

module.exports = passport;
