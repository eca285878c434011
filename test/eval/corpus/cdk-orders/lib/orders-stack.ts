import { Stack, StackProps, SecretValue, Duration } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class OrdersStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const vpc = new ec2.Vpc(this, 'OrdersVpc', { maxAzs: 2 });

    const db = new rds.DatabaseInstance(this, 'OrdersDb', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_15 }),
      vpc,
      credentials: rds.Credentials.fromPassword('orders_admin', SecretValue.unsafePlainText('ltsag246%RRTqw68')), // tfl-eval: hardcoded-credential
      databaseName: 'orders',
    });

    const reportingDb = new rds.DatabaseInstance(this, 'ReportingDb', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_15 }),
      vpc,
      credentials: rds.Credentials.fromGeneratedSecret('reporting'), // tfl-eval-not: hardcoded-credential
    });

    const partnerApi = new secretsmanager.Secret(this, 'PartnerApiKey', {
      secretName: 'orders/partner-api-key', // tfl-eval-not: hardcoded-credential
      secretStringValue: SecretValue.unsafePlainText('7d038c2956d9b463089915a2e0958d7b92d777a5'), // tfl-eval: hardcoded-credential
    });

    new lambda.Function(this, 'OrderWebhook', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'webhook.handler',
      code: lambda.Code.fromAsset('dist/webhook'),
      timeout: Duration.seconds(10),
      environment: {
        DB_HOST: db.dbInstanceEndpointAddress,
        DB_SECRET_ARN: reportingDb.secret!.secretArn, // tfl-eval-not: hardcoded-credential
        PARTNER_SECRET_NAME: partnerApi.secretName,
        STRIPE_WEBHOOK_SECRET: 'whsec_gJhEf51UzV0yFVuYyM1yb8PM7xPJsUci', // tfl-eval: hardcoded-credential
        SHIPPO_API_TOKEN: 'shippo_live_345d2bbf6f9434ddfecb2f4d4fd14e39f31403bd', // tfl-eval: hardcoded-credential
      },
    });
  }
}
