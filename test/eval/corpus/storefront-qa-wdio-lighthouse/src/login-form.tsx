export function LoginForm() {
  return (
    <form method="post" action="/api/login">
      <label htmlFor="password">Password</label>
      <input id="password" name="password" type="password" autoComplete="current-password" placeholder="Your password" />
      <p>Forgot your password? We will send a reset link.</p>
    </form>
  );
}
