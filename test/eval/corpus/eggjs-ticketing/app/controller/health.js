'use strict';

const { Controller } = require('egg');

class HealthController extends Controller {
  async show() {
    const { app, ctx } = this;
    await app.model.query('SELECT 1');
    await app.redis.ping();
    ctx.body = { status: 'ok', pid: process.pid };
  }
}

module.exports = HealthController;
