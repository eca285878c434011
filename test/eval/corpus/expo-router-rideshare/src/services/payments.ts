import { api } from '../api/client';

// Refunds are created by the backend; the app only asks for them.
export async function requestRefund(rideId: string): Promise<void> {
  await api.post(`/rides/${rideId}/refund`);
}

export const PAYMENT_ERRORS = {
  card_declined: 'Your card was declined.',
  invalid_cvc: 'The security code is incorrect.',
  authentication_required: 'Your bank needs you to confirm this payment.', // tfl-eval-not: hardcoded-credential
};
