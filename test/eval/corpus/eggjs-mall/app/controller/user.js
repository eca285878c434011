'use strict';

const Controller = require('egg').Controller;

const registerRule = {
  username: { type: 'string', min: 3 },
  password: { type: 'password', compare: 'rePassword', min: 8 }, // tfl-eval-not: hardcoded-credential
  rePassword: { type: 'password' },
};

class UserController extends Controller {
  async register() {
    const { ctx } = this;
    ctx.validate(registerRule);
    const { username, password } = ctx.request.body;
    if (password === 'password') { // tfl-eval-not: hardcoded-credential
      ctx.throw(422, '密码太简单');
    }
    const user = await ctx.service.user.create(username, password);
    ctx.body = { id: user.id, token: await ctx.service.user.sign(user) };
  }

  async resetPassword() {
    const { ctx } = this;
    const { oldPassword, newPassword } = ctx.request.body;
    await ctx.service.user.changePassword(ctx.state.user.id, oldPassword, newPassword);
    ctx.body = { message: '密码修改成功' }; // tfl-eval-not: hardcoded-credential
  }
}

module.exports = UserController;
