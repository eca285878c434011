import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
const dbPassword = config.requireSecret("dbPassword");  // tfl-eval-not: hardcoded-credential

export const orders = new aws.rds.Instance("orders", {
  engine: "postgres",
  instanceClass: "db.t4g.micro",
  allocatedStorage: 20,
  username: "orders",
  password: dbPassword,  // tfl-eval-not: hardcoded-credential
});

export const analytics = new aws.rds.Instance("analytics", {
  engine: "mysql",
  instanceClass: "db.t4g.micro",
  allocatedStorage: 20,
  username: "analytics",
  password: "KpVqu7CtKRMTEo-z4D",  // tfl-eval: hardcoded-credential
});
