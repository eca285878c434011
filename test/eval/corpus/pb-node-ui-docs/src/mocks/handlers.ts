import { http, HttpResponse } from 'msw';

export const handlers = [
  http.post('/api/login', () => HttpResponse.json({ token: 'mock-jwt-token', refreshToken: 'mock-refresh-token' })),
  http.get('/api/settings', () => HttpResponse.json({ apiKey: 'mock-api-key', webhookSecret: 'mock-webhook-secret' })),
];
