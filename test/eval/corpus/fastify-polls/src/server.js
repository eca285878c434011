import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import pino from 'pino';
import { PrismaClient } from '@prisma/client';
import { nanoid } from 'nanoid'; // tfl-eval: undeclared-dependency

const logger = pino(pino.destination('./logs/polls.log')); // tfl-eval: file-logger
const prisma = new PrismaClient();
const app = Fastify({ loggerInstance: logger });

app.register(fastifyCookie);
app.register(fastifySession, { secret: process.env.SESSION_SECRET, cookie: { secure: true } }); // tfl-eval: memory-session-store

app.post('/polls', async (request, reply) => {
  const poll = await prisma.poll.create({ data: { slug: nanoid(8), question: request.body.question } });
  reply.code(201).send(poll);
});

app.get('/polls/:slug', async (request) => prisma.poll.findUniqueOrThrow({ where: { slug: request.params.slug } }));

await app.listen({ port: 3000, host: '0.0.0.0' }); // tfl-eval: hardcoded-port, no-graceful-shutdown
