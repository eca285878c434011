import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ReturnStatus = 'requested' | 'label_sent' | 'received' | 'refunded';

@Entity('returns')
export class ReturnRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  orderId!: string;

  @Column({ default: 'requested' })
  status!: ReturnStatus;

  @Column({ name: 'label_token_hash', nullable: true })
  labelTokenHash?: string;

  @Column({ name: 'stripe_refund_id', nullable: true })
  stripeRefundId?: string;

  @CreateDateColumn()
  createdAt!: Date;
}
