const ProductService = require('@services/ProductService');  // tfl-eval-not: undeclared-dependency
const slugify = require('slugify');  // tfl-eval: undeclared-dependency

module.exports = {
  async list(req, res) {
    res.json(await ProductService.all());
  },
  async create(req, res) {
    const product = await ProductService.create({ ...req.body, slug: slugify(req.body.name, { lower: true }) });
    res.status(201).json(product);
  },
};
