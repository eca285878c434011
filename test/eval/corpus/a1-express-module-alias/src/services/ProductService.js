const mongoose = require('mongoose');

const Product = mongoose.model('Product', new mongoose.Schema({ name: String, slug: String, price: Number }));

module.exports = {
  all: () => Product.find().lean(),
  create: (data) => Product.create(data),
};
