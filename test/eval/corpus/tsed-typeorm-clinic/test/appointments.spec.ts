import { DataSource } from "typeorm";
import { Appointment } from "../src/entities/Appointment";

describe("appointments", () => {
  const ds = new DataSource({
    type: "postgres",
    url: "postgres://clinic:clinic@localhost:5432/clinic_test", // tfl-eval-not: hardcoded-credential, hardcoded-backing-service
    entities: [Appointment],
    synchronize: true, // tfl-eval-not: startup-migration
    dropSchema: true
  });

  beforeAll(() => ds.initialize());
  afterAll(() => ds.destroy());

  it("saves a booking", async () => {
    const saved = await ds.getRepository(Appointment).save({ patientId: "p-1", startsAt: new Date() });
    expect(saved.status).toBe("booked");
  });
});
