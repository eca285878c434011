import type { FastifyInstance } from 'fastify';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Loan } from '../../entities/Loan';

// Interest tiers: a read-only table.
const TIERS: Record<string, number> = { gold: 0.045, silver: 0.06, bronze: 0.08 };

// Applications a borrower started and has not submitted yet.
const pendingApplications = new Map<string, { amountCents: number; tier: string }>(); // tfl-eval: memory-session-store

export async function loanRoutes(app: FastifyInstance, orm: MikroORM) {
  app.post('/applications', async (request, reply) => {
    const userId = request.session.get('userId') as string;
    const body = request.body as { amountCents: number; tier: string };
    pendingApplications.set(userId, body);
    return reply.code(202).send({ rate: TIERS[body.tier] });
  });

  app.post('/applications/submit', async (request, reply) => {
    const userId = request.session.get('userId') as string;
    const draft = pendingApplications.get(userId);
    if (!draft) return reply.code(404).send();
    const em = orm.em.fork();
    const loan = em.create(Loan, { borrowerId: userId, amountCents: draft.amountCents, createdAt: new Date() });
    await em.persistAndFlush(loan);
    pendingApplications.delete(userId);
    return reply.code(201).send(loan);
  });
}
