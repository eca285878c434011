'use strict';

const express = require('express');
const Note = require('../models/note');

const router = express.Router();

router.get('/', (req, res) => res.json(Note.all()));

router.post('/', (req, res) => {
  const note = new Note(req.body.title, req.body.body).save();
  res.status(201).json(note);
});

module.exports = router;
