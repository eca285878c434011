// Creates the QA account on the staging pool; the password comes from the runner.
import { CognitoIdentityProviderClient, AdminCreateUserCommand, AdminSetUserPasswordCommand } from '@aws-sdk/client-cognito-identity-provider';

const client = new CognitoIdentityProviderClient({ region: 'eu-west-1' });
const UserPoolId = process.env.USER_POOL_ID;
const Username = 'qa@acme.dev';

await client.send(new AdminCreateUserCommand({ UserPoolId, Username, MessageAction: 'SUPPRESS' }));
await client.send(new AdminSetUserPasswordCommand({ UserPoolId, Username, Password: process.env.QA_PASSWORD, Permanent: true })); // tfl-eval-not: hardcoded-credential
