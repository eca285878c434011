// An options object built in a `const` and handed whole to a secret-taking call is read as if written in the call
// (javascript-held-options.ts): the edX/UCB bootcamp's `const sess = { secret: '…' }; app.use(session(sess))`.
import type { Examples } from '../../rule';

export const HELD_OPTIONS_EXAMPLES: Examples = {
  valid: [
    {
      name: 'session options in a const with the secret from the environment, a const never handed to a secret-taking call, and a `let` reassigned later',
      path: 'server.js',
      code: [
        "const session = require('express-session');",
        "const cookieSession = require('cookie-session');",
        'const sess = { secret: process.env.SESSION_SECRET, resave: false };',
        "const banner = { secret: 'Remember to rotate keys quarterly', shown: true };",
        "let opts = { keys: ['Rotating Harbour Lanterns'] };",
        'opts = { keys: [process.env.COOKIE_KEY] };',
        'app.use(session(sess));',
        'app.use(cookieSession(opts));',
        'console.log(banner);',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: "express-session's options built in a const (probe25: MVC-Tech-Blog, the bootcamp template), a capitalised phrase as inline",
      path: 'server.js',
      code: [
        "const session = require('express-session');",
        "const SequelizeStore = require('connect-session-sequelize')(session.Store);",
        'const sess = {',
        "  secret: ⟦'Very hidden words'⟧,",
        '  cookie: { maxAge: 300000 },',
        '  store: new SequelizeStore({ db: sequelize }),',
        '};',
        'app.use(session(sess));',
        '',
      ].join('\n'),
      messageIncludes: ['session({ secret })', 'SESSION_SECRET'],
    },
    {
      name: "passport-jwt's options in a const",
      path: 'src/auth.js',
      code: [
        "const { Strategy: JwtStrategy } = require('passport-jwt');",
        "const jwtOptions = { jwtFromRequest: extract, secret: ⟦'Seven Silver Otters'⟧ };",
        'passport.use(new JwtStrategy(jwtOptions, verify));',
        '',
      ].join('\n'),
    },
  ],
};
