import { http, HttpResponse } from 'msw';

export const handlers = [
  http.post('/api/login', async ({ request }) => {
    const { password } = await request.json();
    if (password !== 'demo-password') return HttpResponse.json({ error: 'invalid' }, { status: 401 });
    return HttpResponse.json({ token: 'mock-jwt-token', refreshToken: 'mock-refresh-token' });
  }),
];
