const crypto = require('crypto');
const { CognitoIdentityProviderClient, AdminInitiateAuthCommand } = require('@aws-sdk/client-cognito-identity-provider');

const cognito = new CognitoIdentityProviderClient({ region: process.env.REGION });
// The export app client is a confidential client: its secret signs every auth request.
const CLIENT_ID = '7b2n4p6r8t0v1x3z5a7c9e1g3i';
const CLIENT_SECRET = 'hffewwok89s9ohtiisqpmyeegt0vefflzplxfkitv64x4mxfdip7'; // tfl-eval: hardcoded-credential

function secretHash(username) {
  return crypto.createHmac('sha256', CLIENT_SECRET).update(username + CLIENT_ID).digest('base64');
}

exports.handler = async (event) => {
  const username = process.env.EXPORT_BOT_USER;
  const result = await cognito.send(new AdminInitiateAuthCommand({
    UserPoolId: process.env.AUTH_NOTESAUTH_USERPOOLID,
    ClientId: CLIENT_ID,
    AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD: process.env.EXPORT_BOT_PASSWORD, SECRET_HASH: secretHash(username) }, // tfl-eval-not: hardcoded-credential
  }));
  return { statusCode: 200, body: JSON.stringify({ expiresIn: result.AuthenticationResult.ExpiresIn }) };
};
