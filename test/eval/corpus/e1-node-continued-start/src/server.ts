import express from 'express';

const app = express();
const server = app.listen(Number(process.env.PORT ?? 3000));
process.on('SIGTERM', () => server.close());
