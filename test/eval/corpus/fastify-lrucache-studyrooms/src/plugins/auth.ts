import { randomUUID } from 'node:crypto';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';

interface StudentSession {
  studentId: string;
  roomBookings: number;
}

// Sessions of signed-in students, keyed by the cookie's token.
const sessionsByToken = new LRUCache<string, StudentSession>({ max: 50_000, ttl: 1000 * 60 * 60 * 8 }); // tfl-eval: memory-session-store

export default fp(async (app) => {
  app.decorateRequest('student', null);

  app.addHook('onRequest', async (request) => {
    const token = request.cookies.token;
    (request as { student?: StudentSession | null }).student = token ? sessionsByToken.get(token) ?? null : null;
  });

  app.post<{ Body: { studentId: string } }>('/session', async (request, reply) => {
    const token = randomUUID();
    sessionsByToken.set(token, { studentId: request.body.studentId, roomBookings: 0 });
    return reply.setCookie('token', token, { httpOnly: true, secure: true, path: '/' }).code(204).send();
  });
});
