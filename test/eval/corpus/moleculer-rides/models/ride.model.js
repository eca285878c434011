'use strict';

const mongoose = require('mongoose');

const RideSchema = new mongoose.Schema({
  riderId: { type: String, index: true },
  status: { type: String, enum: ['requested', 'accepted', 'completed', 'cancelled'], default: 'requested' },
  pickup: { lat: Number, lng: Number },
  dropoff: { lat: Number, lng: Number },
  shareToken: { type: String, select: false },
});

module.exports = mongoose.model('Ride', RideSchema);
