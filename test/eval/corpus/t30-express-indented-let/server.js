'use strict';
const express = require('express');
const mysql = require('mysql2');

const pool = mysql.createPool(process.env.DATABASE_URL);
const app = express();
app.use(express.urlencoded({ extended: false }));

  // Desk state, kept between the search form and the results page.
  let lastQuery = '';
  let lastBorrower;
  let shelves = []; // tfl-eval-not: memory-session-store

  app.post('/search', (req, res) => {
    lastQuery = req.body.q; // tfl-eval: memory-session-store
    res.redirect('/results');
  });

  app.post('/checkout', (req, res) => {
    pool.query('SELECT id, name FROM borrowers WHERE card = ?', [req.body.card], (error, rows) => {
      if (error) return res.status(500).end();
      lastBorrower = rows[0]; // tfl-eval: memory-session-store
      res.redirect('/receipt');
    });
  });

  app.get('/results', (req, res) => {
    pool.query('SELECT * FROM books WHERE title LIKE ?', [`%${lastQuery}%`], (error, rows) => {
      res.render('results', { rows, q: lastQuery, borrower: lastBorrower });
    });
  });

  app.get('/shelves', (req, res) => {
    // A function's own locals: silent.
    let page = Number(req.query.page) || 1; // tfl-eval-not: memory-session-store
    page = Math.max(page, 1);
    pool.query('SELECT id, label FROM shelves ORDER BY label', (error, rows) => {
      shelves = rows;
      res.json({ page, shelves });
    });
  });

app.listen(process.env.PORT || 3000); // tfl-eval: no-graceful-shutdown
