'use strict';

// Drivers currently online, by driver id: the dispatcher reads it to offer rides.
const onlineDrivers = new Map(); // tfl-eval: memory-session-store

module.exports = {
  name: 'presence',
  actions: {
    heartbeat(ctx) {
      onlineDrivers.set(ctx.meta.user.sub, { at: Date.now(), location: ctx.params.location });
      return { ok: true };
    },
    online() {
      return [...onlineDrivers.keys()];
    },
  },
};
