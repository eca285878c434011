import express from 'express';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

app.get('/tickets', async (_req, res) => {
  res.json(await prisma.ticket.findMany({ take: 50 }));
});

const server = app.listen(Number(process.env.PORT));
process.on('SIGTERM', () => server.close(() => prisma.$disconnect()));
