import express from 'express';

const app = express();
app.get('/articles', (req, res) => res.json([]));
const server = app.listen(process.env.PORT);
process.on('SIGTERM', () => server.close());
