import passport from 'passport'
import { Strategy as GoogleStrategy } from 'passport-google-oauth20'
import { Strategy as FacebookStrategy } from 'passport-facebook'
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt'

passport.use(new GoogleStrategy({
  clientID: '740666192546-zawrp477vu5ve04rgp0uca6zk1oksacb.apps.googleusercontent.com',
  clientSecret: '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', // tfl-eval: hardcoded-credential
  callbackURL: '/api/auth/google/callback',
}, (accessToken, refreshToken, profile, done) => done(null, profile))) // tfl-eval-not: hardcoded-credential

passport.use(new FacebookStrategy({
  clientID: '8639323222282261',
  clientSecret: '4db153f9621deb91037c2df42deac1fb', // tfl-eval: hardcoded-credential
  callbackURL: '/api/auth/facebook/callback',
}, (accessToken, refreshToken, profile, done) => done(null, profile)))

passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: 'outdoor-store-jwt-2023!', // tfl-eval: hardcoded-credential
}, (payload, done) => done(null, payload)))

export default passport
