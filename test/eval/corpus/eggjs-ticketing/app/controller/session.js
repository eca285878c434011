'use strict';

const { Controller } = require('egg');

const loginRule = {
  email: { type: 'email' },
  password: { type: 'password', min: 8 }, // tfl-eval-not: hardcoded-credential
};

class SessionController extends Controller {
  async create() {
    const { ctx, app } = this;
    ctx.validate(loginRule, ctx.request.body);
    const user = await ctx.service.user.authenticate(ctx.request.body.email, ctx.request.body.password);
    if (!user) {
      ctx.status = 401;
      ctx.body = { error: ctx.__('Invalid password') };
      return;
    }
    const token = app.jwt.sign({ sub: user.id, role: user.role }, app.config.jwt.secret, app.config.jwt.sign);
    ctx.body = { token, tokenType: 'Bearer' }; // tfl-eval-not: hardcoded-credential
  }

  async destroy() {
    const { ctx, app } = this;
    const jti = ctx.state.user && ctx.state.user.jti;
    if (jti) await app.redis.set(`revoked:${jti}`, '1', 'EX', 7200);
    ctx.status = 204;
  }
}

module.exports = SessionController;
