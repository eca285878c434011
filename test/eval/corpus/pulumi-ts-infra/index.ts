import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const dbPassword = config.requireSecret("dbPassword"); // tfl-eval-not: hardcoded-credential

const db = new aws.rds.Instance("orders", {
  engine: "postgres",
  engineVersion: "16.4",
  instanceClass: "db.t4g.micro",
  allocatedStorage: 20,
  username: "orders",
  password: dbPassword,
  skipFinalSnapshot: false,
});

const analytics = new aws.rds.Instance("analytics", {
  engine: "postgres",
  instanceClass: "db.t4g.small",
  allocatedStorage: 50,
  username: "analytics",
  password: "T989re!PPdtI#cMJW", // tfl-eval: hardcoded-credential
});

const apiKey = new aws.ssm.Parameter("partner-api-key", {
  type: aws.ssm.ParameterType.SecureString,
  value: "bblzFv!m749D#TR9d", // tfl-eval: hardcoded-credential
});

new aws.secretsmanager.SecretVersion("stripe", {
  secretId: "prod/stripe",
  secretString: JSON.stringify({ api_key: config.requireSecret("stripeKey") }), // tfl-eval-not: hardcoded-credential
});

export const endpoint = db.endpoint;
export const analyticsEndpoint = analytics.endpoint;
export const partnerParam = apiKey.name;
