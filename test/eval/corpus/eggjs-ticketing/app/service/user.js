'use strict';

const crypto = require('crypto');
const { Service } = require('egg');

const HASH_ALGORITHM = 'sha512';
const PASSWORD_ITERATIONS = 210000; // tfl-eval-not: hardcoded-credential

class UserService extends Service {
  async authenticate(email, password) {
    const user = await this.ctx.model.User.findOne({ where: { email } });
    if (!user) return null;
    const hash = crypto.pbkdf2Sync(password, user.salt, PASSWORD_ITERATIONS, 64, HASH_ALGORITHM).toString('hex');
    return crypto.timingSafeEqual(Buffer.from(hash), Buffer.from(user.passwordHash)) ? user : null;
  }

  async resetPassword(user, newPassword) {
    const salt = crypto.randomBytes(16).toString('hex');
    const passwordHash = crypto.pbkdf2Sync(newPassword, salt, PASSWORD_ITERATIONS, 64, HASH_ALGORITHM).toString('hex');
    await user.update({ salt, passwordHash, passwordResetToken: null }); // tfl-eval-not: hardcoded-credential
  }
}

module.exports = UserService;
