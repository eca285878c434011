import { SecretValue, Stack, StackProps } from "aws-cdk-lib";
import * as rds from "aws-cdk-lib/aws-rds";
import * as ec2 from "aws-cdk-lib/aws-ec2";
import * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";

export class DatabaseStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const vpc = new ec2.Vpc(this, "Vpc");
    new rds.DatabaseInstance(this, "Orders", {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      vpc,
      credentials: rds.Credentials.fromPassword("orders", SecretValue.unsafePlainText("EPckFaeDTV4rTb-p6Q")),  // tfl-eval: hardcoded-credential
    });
    new rds.DatabaseInstance(this, "Reports", {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      vpc,
      credentials: rds.Credentials.fromGeneratedSecret("reports"),  // tfl-eval-not: hardcoded-credential
    });
    new secretsmanager.Secret(this, "PartnerKey", {
      secretStringValue: SecretValue.unsafePlainText("cHXbsaq6xBCZz7g3o4ra22nIHpFprR6kGMODf5Sr"),  // tfl-eval: hardcoded-credential
    });
    const existing = SecretValue.secretsManager("prod/partner-api-key");  // tfl-eval-not: hardcoded-credential
  }
}
