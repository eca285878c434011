package main

import (
	"github.com/pulumi/pulumi-aws/sdk/v6/go/aws/rds"
	"github.com/pulumi/pulumi-aws/sdk/v6/go/aws/secretsmanager"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi/config"
)

func main() {
	pulumi.Run(func(ctx *pulumi.Context) error {
		cfg := config.New(ctx, "")
		env := cfg.Require("environment")

		db, err := rds.NewInstance(ctx, "orders-db", &rds.InstanceArgs{
			Engine:             pulumi.String("postgres"),
			EngineVersion:      pulumi.String("15.4"),
			InstanceClass:      pulumi.String("db.t4g.medium"),
			AllocatedStorage:   pulumi.Int(50),
			DbName:             pulumi.String("orders"),
			Username:           pulumi.String("orders_admin"),
			Password:           pulumi.String("Ord3rs-Adm1n-Pg!"), // tfl-eval: hardcoded-credential
			SkipFinalSnapshot:  pulumi.Bool(env != "prod"),
			PubliclyAccessible: pulumi.Bool(false),
		})
		if err != nil {
			return err
		}

		analytics, err := rds.NewInstance(ctx, "analytics-db", &rds.InstanceArgs{
			Engine:           pulumi.String("postgres"),
			InstanceClass:    pulumi.String("db.t4g.small"),
			AllocatedStorage: pulumi.Int(20),
			Username:         pulumi.String("analytics"),
			Password:         cfg.RequireSecret("analyticsDbPassword"), // tfl-eval-not: hardcoded-credential
		})
		if err != nil {
			return err
		}

		_, err = secretsmanager.NewSecretVersion(ctx, "stripe-key", &secretsmanager.SecretVersionArgs{
			SecretId:     pulumi.String("orders/stripe"),
			SecretString: pulumi.String("rk_live_51MhQ8kLm2Np4Qr6St8Uv0Wx2Yz4Ab6Cd8Ef0Gh2Ij4Kl6Mn8Op0Qr2St4Uv6Wx8Yz0Ab2Cd4Ef"), // tfl-eval: hardcoded-credential
		})
		if err != nil {
			return err
		}

		ctx.Export("ordersEndpoint", db.Endpoint)
		ctx.Export("analyticsEndpoint", analytics.Endpoint)
		return nil
	})
}
