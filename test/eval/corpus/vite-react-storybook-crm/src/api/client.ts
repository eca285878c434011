const API_URL = import.meta.env.VITE_API_URL ?? "/api";

export async function login(email: string, password: string): Promise<{ name: string }> {
  const res = await fetch(`${API_URL}/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error("Login failed");
  return res.json();
}
