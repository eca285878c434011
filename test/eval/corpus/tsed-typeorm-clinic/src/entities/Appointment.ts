import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@Entity("appointments")
export class Appointment {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column()
  patientId: string;

  @Column({ type: "timestamptz" })
  startsAt: Date;

  @Column({ default: "booked" })
  status: string;
}
