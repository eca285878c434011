import { Router } from 'express';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { dataSource } from '../../data-source';
import { Appointment } from './appointment.entity';
import { env } from '../../config/env';

const connection = new IORedis(env.REDIS_URL, { maxRetriesPerRequest: null });
const reminders = new Queue('reminders', { connection });

// Slots a receptionist has open in the booking dialog, so two people don't book the same slot.
const heldSlots = new Map<string, { staffId: string; until: number }>(); // tfl-eval: memory-session-store

export const appointmentsRouter = Router();

appointmentsRouter.post('/hold', (req, res) => {
  const { slotId } = req.body;
  const staffId = String(req.user?.id);
  heldSlots.set(slotId, { staffId, until: Date.now() + 5 * 60_000 });
  res.status(204).end();
});

appointmentsRouter.post('/', async (req, res) => {
  const repo = dataSource.getRepository(Appointment);
  const appointment = await repo.save(repo.create(req.body));
  await reminders.add('sms', { appointmentId: appointment.id }, { delay: Math.max(0, appointment.startsAt.getTime() - Date.now() - 86_400_000) });
  res.status(201).json(appointment);
});
