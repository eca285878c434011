'use strict';

const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const { MoleculerClientError } = require('moleculer').Errors;

const TOKEN_TTL = '12h';
const INVALID_CREDENTIALS = 'INVALID_CREDENTIALS';
const PASSWORD_FIELD = 'password';

module.exports = {
  name: 'users',
  settings: { fields: ['_id', 'email', 'name'] },
  actions: {
    login: {
      params: { email: 'email', [PASSWORD_FIELD]: { type: 'string', min: 8 } },
      async handler(ctx) {
        const user = await ctx.call('users.findByEmail', { email: ctx.params.email });
        if (!user || !(await bcrypt.compare(ctx.params.password, user.passwordHash))) {
          throw new MoleculerClientError('Email or password is invalid', 422, INVALID_CREDENTIALS);
        }
        return { token: jwt.sign({ sub: user._id }, process.env.JWT_SECRET, { expiresIn: TOKEN_TTL }) };
      },
    },
  },
};
