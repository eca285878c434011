'use strict';

module.exports = function (serviceNames) {
  const events = {};
  serviceNames.forEach((name) => {
    events[`cache.clean.${name}`] = function () {
      if (this.broker.cacher) this.broker.cacher.clean(`${this.fullName}.*`);
    };
  });
  return { events };
};
