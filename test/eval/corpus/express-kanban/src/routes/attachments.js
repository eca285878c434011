const express = require('express');
const { execFile } = require('child_process');
const path = require('path');
const os = require('os');

const router = express.Router();

// Thumbnails for image attachments; the upload itself goes to object storage.
router.post('/:id/thumbnail', (req, res) => {
  const source = path.join(os.tmpdir(), `${req.params.id}.upload`);
  const target = path.join(os.tmpdir(), `${req.params.id}.thumb.png`);
  execFile('convert', [source, '-thumbnail', '256x256', target], (error) => { // tfl-eval: undeclared-dependency
    if (error) return res.status(500).json({ error: 'thumbnail failed' });
    res.sendFile(target);
  });
});

module.exports = router;
