import { http, HttpResponse } from 'msw';
import { mockUsers } from '../mockData/users';

export const handlers = [
  http.post('/api/login', async ({ request }) => {
    const { username, password } = (await request.json()) as { username: string; password: string };
    const user = mockUsers.find((u) => u.username === username && u.password === password);
    return user ? HttpResponse.json({ accessToken: user.token }) : new HttpResponse(null, { status: 401 });
  }),
];
