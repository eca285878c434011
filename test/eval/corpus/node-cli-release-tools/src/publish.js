export async function publish({ token, npmToken, registry, dryRun }) {
  if (!token) throw new Error("no GitHub token: pass --token or set GITHUB_TOKEN");
  const headers = { Authorization: `Bearer ${token}`, Accept: "application/vnd.github+json" };
  if (dryRun) return console.log("dry run", registry, Boolean(npmToken));
  await fetch("https://api.github.com/repos/acme/web/releases", { method: "POST", headers, body: "{}" });
}
