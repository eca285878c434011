'use strict';

const mongoose = require('mongoose');

const tagSchema = new mongoose.Schema({ name: String, color: String });

// A real Mongoose model: save() writes to MongoDB.
tagSchema.methods.rename = function (name) {
  this.name = name;
  return this.save();
};

module.exports = mongoose.model('Tag', tagSchema);
