'use strict';

const { Subscription } = require('egg');

// Seats held for checkout go back on sale after 15 minutes.
class ReleaseHolds extends Subscription {
  static get schedule() {
    return { interval: '1m', type: 'worker', immediate: false };
  }

  async subscribe() {
    const released = await this.ctx.service.order.releaseExpiredHolds(15 * 60);
    if (released) this.ctx.logger.info('[release_holds] released %d seats', released);
  }
}

module.exports = ReleaseHolds;
