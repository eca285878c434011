const express = require('express');
const mongoose = require('mongoose');

const Note = mongoose.model('Note', new mongoose.Schema({ owner: String, body: String }));
const router = express.Router();

router.get('/:id', async (req, res) => {
  // Deliberately missing the owner check (IDOR) for the training exercise.
  res.json(await Note.findById(req.params.id));
});

module.exports = router;
