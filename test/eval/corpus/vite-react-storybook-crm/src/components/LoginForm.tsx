import { useState } from "react";
import { login } from "../api/client";

export function LoginForm({ onDone }: { onDone: (name: string) => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  return (
    <form onSubmit={async (e) => { e.preventDefault(); onDone((await login(email, password)).name); }}>
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} placeholder="you@company.com" />
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} placeholder="Password" />
      <button type="submit">Sign in</button>
    </form>
  );
}
