const mongoose = require('mongoose');

const recent = []; // tfl-eval-not: memory-session-store
const tagSchema = new mongoose.Schema({ name: String });
tagSchema.methods.remember = function remember() {
  recent.push(this);
};
module.exports = mongoose.model('Tag', tagSchema);
