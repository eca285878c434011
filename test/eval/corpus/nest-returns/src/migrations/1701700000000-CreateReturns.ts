import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReturns1701700000000 implements MigrationInterface {
  name = 'CreateReturns1701700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "returns" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "orderId" varchar NOT NULL, "status" varchar NOT NULL DEFAULT 'requested', "label_token_hash" varchar, "stripe_refund_id" varchar, "createdAt" timestamptz NOT NULL DEFAULT now())`);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid PRIMARY KEY, "email" varchar UNIQUE NOT NULL, "password_hash" varchar NOT NULL, "password_state" varchar NOT NULL DEFAULT 'active', "reset_token_hash" varchar)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "returns"`);
  }
}
