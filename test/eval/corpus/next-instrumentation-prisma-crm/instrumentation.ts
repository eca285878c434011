// Next.js calls register() once when a server instance starts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { execSync } = await import("node:child_process");
    execSync("npx prisma migrate deploy", { stdio: "inherit" }); // tfl-eval: startup-migration
  }
}
