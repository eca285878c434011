import express from 'express';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = express();

app.get('/tickets', async (_req, res) => {
  res.json(await prisma.ticket.findMany());
});

const server = app.listen(Number(process.env.PORT ?? 3000));
process.on('SIGTERM', () => server.close(() => prisma.$disconnect()));
