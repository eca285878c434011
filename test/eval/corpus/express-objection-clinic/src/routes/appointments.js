const express = require('express');
const Redis = require('ioredis');
const Appointment = require('../models/Appointment');
const log = require('../logger');

const router = express.Router();
// Reminder jobs go through the shared Redis.
const reminders = new Redis('redis://reminders-redis.clinic.internal:6379/2'); // tfl-eval: hardcoded-backing-service

// Weekday labels for the calendar: read-only.
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

router.post('/', async (req, res) => {
  const appt = await Appointment.query().insert({ patient_id: req.session.patientId, starts_at: req.body.startsAt });
  await reminders.lpush('reminders', JSON.stringify({ id: appt.id }));
  log.info({ id: appt.id, day: WEEKDAYS[new Date(req.body.startsAt).getDay()] }, 'booked');
  res.status(201).json(appt);
});

module.exports = router;
