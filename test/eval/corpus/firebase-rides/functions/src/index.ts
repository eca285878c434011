import * as functions from 'firebase-functions/v1';
import * as admin from 'firebase-admin';
import Stripe from 'stripe';
import twilio from 'twilio';

admin.initializeApp();

const stripe = new Stripe(functions.config().stripe.secret, { apiVersion: '2023-10-16' });
const sms = twilio(functions.config().twilio.sid, functions.config().twilio.token);

// Internal dispatch service; the token is shared with the dispatch team's backend.
const DISPATCH_API = 'https://dispatch.harborrides.com/api/v2';
const DISPATCH_TOKEN = 'hr_disp_UPTUD8IAnQbup6zehc9LmfiVGksQaEmZ'; // tfl-eval: hardcoded-credential

export const onRideRequested = functions.firestore.document('rides/{rideId}').onCreate(async (snap) => {
  const ride = snap.data();
  const res = await fetch(`${DISPATCH_API}/assign`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${DISPATCH_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ rideId: snap.id, pickup: ride.pickup }),
  });
  const { driver } = await res.json();
  await snap.ref.update({ driverId: driver.id, status: 'assigned' });
  await sms.messages.create({ to: ride.phone, from: functions.config().twilio.from, body: `${driver.name} is on the way` });
});

export const stripeWebhook = functions.https.onRequest(async (req, res) => {
  const event = stripe.webhooks.constructEvent(req.rawBody, req.headers['stripe-signature'] as string, functions.config().stripe.webhook_secret);
  if (event.type === 'payment_intent.succeeded') {
    const intent = event.data.object as Stripe.PaymentIntent;
    await admin.firestore().doc(`payments/${intent.id}`).set({ status: 'paid' }, { merge: true });
  }
  res.sendStatus(200);
});
