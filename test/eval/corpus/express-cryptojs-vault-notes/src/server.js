const express = require('express');
const notes = require('./crypto/notes');
const links = require('./share/links');

const app = express();
app.use(express.json());

app.post('/notes', (req, res) => res.status(201).json({ body: notes.seal(req.body) }));
app.get('/notes/:sealed', (req, res) => res.json(notes.open(req.params.sealed)));
app.post('/share', (req, res) => res.json({ link: links.linkFor(req.body.noteId) }));

app.listen(process.env.PORT || 3000); // tfl-eval: no-graceful-shutdown
