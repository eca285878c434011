import type { FastifyInstance } from 'fastify';
import { PrismaClient } from '@prisma/client';
import { openRideChannel } from '../queue/rabbit.js';

const prisma = new PrismaClient();
// Dock states as the app names them; a constant table.
const DOCK_STATES: Record<string, string> = { a: 'available', f: 'full', o: 'offline' }; // tfl-eval-not: memory-session-store

export default async function rides(app: FastifyInstance) {
  const channel = await openRideChannel();

  app.post<{ Params: { bikeId: string } }>('/:bikeId/start', async (req, reply) => {
    const riderId = req.session.get('riderId');
    if (!riderId) return reply.code(401).send({ error: 'sign in first' });
    const ride = await prisma.ride.create({ data: { bikeId: req.params.bikeId, riderId } });
    req.session.set('activeRide', ride.id);
    return ride;
  });

  app.post('/finish', async (req) => {
    const rideId = req.session.get('activeRide');
    const ride = await prisma.ride.update({ where: { id: rideId }, data: { endedAt: new Date() } });
    channel.sendToQueue('rides.finished', Buffer.from(JSON.stringify(ride)), { persistent: true });
    return { ...ride, dock: DOCK_STATES.a };
  });
}
