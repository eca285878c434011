const { Router } = require('express');
const ProductController = require('@controllers/ProductController');  // tfl-eval-not: undeclared-dependency

const router = Router();
router.get('/', ProductController.list);
router.post('/', ProductController.create);
module.exports = router;
