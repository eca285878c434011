const polka = require('polka');
const QUESTIONS = require('../data/questions.json');

// Answers so far, per player, until the quiz is submitted.
const answerSheets = new Map(); // tfl-eval: memory-session-store
// Rendered question cards: rebuilt from QUESTIONS when missing.
const cardCache = new Map();

function handler({ pool, redis, logger }) {
  return polka()
    .get('/questions/:n', (req, res) => {
      const n = Number(req.params.n);
      if (!cardCache.has(n)) cardCache.set(n, { text: QUESTIONS[n].text, choices: QUESTIONS[n].choices });
      res.end(JSON.stringify(cardCache.get(n)));
    })
    .post('/answers', (req, res) => {
      const player = req.headers['x-player-id'];
      const sheet = answerSheets.get(player) || [];
      sheet.push({ n: req.body.n, choice: req.body.choice });
      answerSheets.set(player, sheet);
      res.end(JSON.stringify({ answered: sheet.length }));
    })
    .post('/submit', async (req, res) => {
      const player = req.headers['x-player-id'];
      const sheet = answerSheets.get(player) || [];
      const score = sheet.filter((a) => QUESTIONS[a.n].answer === a.choice).length;
      await pool.query('INSERT INTO results (player, score) VALUES ($1, $2)', [player, score]);
      await redis.zadd('leaderboard', score, player);
      answerSheets.delete(player);
      logger.info('quiz submitted', { score });
      res.end(JSON.stringify({ score }));
    });
}

module.exports = { handler };
