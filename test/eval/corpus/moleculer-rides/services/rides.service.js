'use strict';

const DbService = require('moleculer-db');
const MongooseAdapter = require('moleculer-db-adapter-mongoose');
const Ride = require('../models/ride.model');

module.exports = {
  name: 'rides',
  mixins: [DbService],
  adapter: new MongooseAdapter('mongodb://mongo-0.rides.internal:27017/rides'), // tfl-eval: hardcoded-backing-service
  model: Ride,
  settings: { fields: ['_id', 'riderId', 'status', 'pickup', 'dropoff'] },
  actions: {
    async request(ctx) {
      const ride = await this.adapter.insert({ riderId: ctx.meta.user.sub, status: 'requested', ...ctx.params });
      ctx.emit('ride.requested', { id: ride._id });
      return ride;
    },
  },
};
