'use strict';

// A fixed lookup table built once at load: read-only, nothing a request adds.
const COLORS = ['red', 'green', 'blue'];

function Palette(name) {
  this.name = name;
}

Palette.prototype.colors = function () {
  return COLORS.slice();
};

Palette.prototype.save = function (db) {
  return db.collection('palettes').insertOne({ name: this.name });
};

module.exports = Palette;
