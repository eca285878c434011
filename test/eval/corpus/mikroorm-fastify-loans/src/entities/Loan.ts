import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

@Entity()
export class Loan {
  @PrimaryKey()
  id!: number;

  @Property()
  borrowerId!: string;

  @Property()
  amountCents!: number;

  @Property()
  createdAt = new Date();
}
