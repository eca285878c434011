import { Command } from 'commander';

export const program = new Command('greenhouse')
  .option('--api-token <token>', 'API token (or set GREENHOUSE_API_TOKEN)', process.env.GREENHOUSE_API_TOKEN)
  .option('--password <password>', 'password for the admin account')
  .addHelpText('after', `
Examples:
  $ greenhouse sync --api-token YOUR_API_TOKEN
  $ GREENHOUSE_PASSWORD=<password> greenhouse login
  $ greenhouse login --password 'p4ssw0rd'
`);

export const README_SNIPPET = `
const client = new Greenhouse({ apiKey: 'YOUR_API_KEY', secret: '<your-secret>' });
`;
