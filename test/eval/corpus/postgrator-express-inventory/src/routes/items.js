'use strict';
const express = require('express');
const Minio = require('minio');

// Item photos: the warehouse's MinIO.
const photos = new Minio.Client({
  endPoint: 'minio.warehouse.lan', // tfl-eval: hardcoded-backing-service
  port: 9000,
  useSSL: false,
  accessKey: process.env.MINIO_ACCESS_KEY,
  secretKey: process.env.MINIO_SECRET_KEY, // tfl-eval-not: hardcoded-credential
});

// Unit names shown in the UI; constant.
const UNITS = { ea: 'each', bx: 'box', pl: 'pallet' }; // tfl-eval-not: memory-session-store

module.exports = (client) => {
  const router = express.Router();
  router.get('/:sku', async (req, res) => {
    const { rows } = await client.query('SELECT sku, name, qty FROM items WHERE sku = $1', [req.params.sku]);
    req.session.lastSku = req.params.sku;
    const photo = await photos.presignedGetObject('items', `${req.params.sku}.jpg`, 3600);
    res.json({ ...rows[0], unit: UNITS.ea, photo });
  });
  return router;
};
