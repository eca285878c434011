import express from 'express';

const router = express.Router();

/**
 * @api {get} /posts List posts
 * @apiName GetPosts
 */
router.get('/', async (req, res) => {
  res.status(200).json([]);
});

export default router;
