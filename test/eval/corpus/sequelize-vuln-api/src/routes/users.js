const router = require('express').Router();

module.exports = (sequelize) => {
  router.get('/search', async (req, res) => {
    // Deliberately injectable, for the SQL injection exercise.
    const [rows] = await sequelize.query(`SELECT id, email FROM "Users" WHERE email LIKE '%${req.query.q}%'`);
    res.json(rows);
  });
  router.post('/reset', (req, res) => res.json({ message: 'If the address exists, a password reset link was sent.' }));
  return router;
};
