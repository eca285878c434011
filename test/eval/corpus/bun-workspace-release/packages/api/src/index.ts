const hash = Bun.env.ADMIN_PASSWORD_HASH ?? '';
const server = Bun.serve({
  port: Number(Bun.env.PORT ?? 3000),
  async fetch(req) {
    const url = new URL(req.url);
    if (url.pathname === '/login') {
      const body = (await req.json()) as { password: string };
      return Response.json({ ok: await Bun.password.verify(body.password, hash) });
    }
    if (req.headers.get('x-admin-key') !== Bun.env.ADMIN_KEY) return new Response('forbidden', { status: 403 }); // tfl-eval-not: hardcoded-credential
    return new Response('ok');
  },
});
process.on('SIGTERM', () => server.stop());
