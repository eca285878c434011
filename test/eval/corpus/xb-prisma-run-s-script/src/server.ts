import express from 'express';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = express();

app.get('/entries', async (_req, res) => {
  res.json(await prisma.entry.findMany({ orderBy: { createdAt: 'desc' } }));
});

app.listen(Number(process.env.PORT) || 3000); // tfl-eval: no-graceful-shutdown
