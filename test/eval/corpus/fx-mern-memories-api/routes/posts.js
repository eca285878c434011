import express from 'express';
import auth from '../middleware/auth.js';
import PostMessage from '../models/postMessage.js';

const router = express.Router();

router.get('/', async (req, res) => {
  const posts = await PostMessage.find();
  res.status(200).json(posts);
});

router.post('/', auth, async (req, res) => {
  const post = new PostMessage({ ...req.body, creator: req.userId, createdAt: new Date().toISOString() });
  await post.save();
  res.status(201).json(post);
});

export default router;
