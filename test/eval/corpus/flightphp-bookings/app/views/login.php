<form method="post" action="/login">
    <label for="email">Email</label>
    <input type="email" name="email" id="email">
    <label for="password"><?= htmlspecialchars($labels['password'] ?? 'Password') ?></label>
    <input type="password" name="password" id="password" placeholder="Password"> <!-- tfl-eval-not: hardcoded-credential -->
    <button type="submit">Sign in</button>
</form>