import { http, HttpResponse } from 'msw';

export const handlers = [
  http.post('/api/login', () => HttpResponse.json({ token: 'mock-session-token-123', refreshToken: 'mock-refresh' })),
];
