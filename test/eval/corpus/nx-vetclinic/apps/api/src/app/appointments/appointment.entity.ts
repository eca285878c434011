import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('appointments')
export class Appointment {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() petName!: string;
  @Column() ownerPhone!: string;
  @Column('timestamptz') startsAt!: Date;
  @Column({ default: 'booked' }) status!: 'booked' | 'checked_in' | 'cancelled';
}
