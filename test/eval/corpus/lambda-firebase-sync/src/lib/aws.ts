import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { SQSClient } from '@aws-sdk/client-sqs'
import { fromEnv } from '@aws-sdk/credential-providers'

export const dynamo = new DynamoDBClient({ region: 'us-east-1', credentials: fromEnv() }) // tfl-eval-not: hardcoded-credential

// The partner's queue lives in their account; they issued us this IAM user.
export const partnerQueue = new SQSClient({
  region: 'us-west-2',
  credentials: { accessKeyId: 'AKIAYYEO2IH5FQUZHDR2', secretAccessKey: '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' }, // tfl-eval: hardcoded-credential
})
