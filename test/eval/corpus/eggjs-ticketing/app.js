'use strict';

class AppBootHook {
  constructor(app) {
    this.app = app;
  }

  async didReady() {
    // Schema changes are a release step (npm run db:migrate); here we only check the connection.
    await this.app.model.authenticate();
  }

  async beforeClose() {
    this.app.logger.info('[ticketing] draining before shutdown');
  }
}

module.exports = AppBootHook;
