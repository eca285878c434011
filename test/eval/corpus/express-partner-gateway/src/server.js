import express from 'express';
import { PartnerClient } from './clients/partner.js';

const app = express();
const partner = new PartnerClient();

app.get('/orders', async (_req, res) => res.json(await partner.orders()));

const server = app.listen(Number(process.env.PORT ?? 3000));
process.on('SIGTERM', () => server.close());
