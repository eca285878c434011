import express from 'express';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

app.get('/health', (_req, res) => res.send('ok'));
app.get('/entries', async (_req, res) => {
  res.json(await prisma.entry.findMany({ orderBy: { createdAt: 'desc' }, take: 50 }));
});
app.post('/entries', async (req, res) => {
  res.status(201).json(await prisma.entry.create({ data: { name: req.body.name, message: req.body.message } }));
});

const server = app.listen(process.env.PORT || 3000);
process.on('SIGTERM', () => server.close(() => prisma.$disconnect()));
