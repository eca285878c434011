import { json, redirect, type ActionFunctionArgs } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import bcrypt from "bcryptjs";
import { prisma } from "~/db.server";
import { commitSession, getSession } from "~/sessions.server";

const MESSAGES = { invalid: "Wrong email or password", missingPassword: "Please enter your password" }; // tfl-eval-not: hardcoded-credential,memory-session-store

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = String(form.get("email") ?? "");
  const password = String(form.get("password") ?? "");
  if (!password) return json({ error: MESSAGES.missingPassword }, { status: 400 });
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return json({ error: MESSAGES.invalid }, { status: 401 });
  }
  const session = await getSession(request.headers.get("Cookie"));
  session.set("userId", user.id);
  return redirect("/entries", { headers: { "Set-Cookie": await commitSession(session) } });
}

export default function Login() {
  const data = useActionData<typeof action>();
  return (
    <Form method="post">
      <input name="email" type="email" placeholder="you@example.com" />
      <input name="password" type="password" placeholder="Password" />
      {data?.error ? <p role="alert">{data.error}</p> : null}
      <button type="submit">Sign in</button>
    </Form>
  );
}
