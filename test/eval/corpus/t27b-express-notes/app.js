const express = require('express');
const Note = require('./models/note');
const Tag = require('./models/tag');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/notes', (req, res) => {
  new Note(req.body.title, req.body.body).save();
  res.redirect('/notes');
});

app.get('/notes', async (req, res) => {
  res.json({ notes: Note.all(), tags: await Tag.find() });
});

app.listen(process.env.PORT || 3000); // tfl-eval: no-graceful-shutdown
