// Nightly dump of the orders database, run by the ops cron on the bastion.
const dump = new Deno.Command("pg_dump", {
  args: ["--dbname=postgres://backup:Fq8mZ2xLw5Rt7YkN@orders-db.acme.internal:5432/orders", "-Fc", "-f", "/var/backups/orders.dump"], // tfl-eval: hardcoded-credential
});
await dump.output();

const upload = new Deno.Command("rclone", {
  args: ["copy", "/var/backups/orders.dump", "offsite:orders"],
  env: { RCLONE_CONFIG_OFFSITE_PASS: Deno.env.get("OFFSITE_PASS") ?? "" }, // tfl-eval-not: hardcoded-credential
});
await upload.output();

const notify = new Deno.Command("curl", {
  args: ["-fsS", "-H", "Authorization: Bearer Zt4nW8qK2vLp6XmR9cBy", "https://hooks.acme.internal/backup"], // tfl-eval: hardcoded-credential
});
await notify.output();
