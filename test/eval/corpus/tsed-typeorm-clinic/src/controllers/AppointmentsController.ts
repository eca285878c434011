import { Controller } from "@tsed/di";
import { Get, Post, Returns } from "@tsed/schema";
import { BodyParams, PathParams } from "@tsed/platform-params";
import { clinicDataSource } from "../datasources/PostgresDatasource";
import { Appointment } from "../entities/Appointment";

const STATUS_LABELS: Record<string, string> = { booked: "Booked", cancelled: "Cancelled", done: "Seen" }; // tfl-eval-not: memory-session-store

@Controller("/appointments")
export class AppointmentsController {
  @Get("/:id")
  @Returns(200, Appointment)
  async get(@PathParams("id") id: string) {
    const appt = await clinicDataSource.getRepository(Appointment).findOneByOrFail({ id });
    return { ...appt, label: STATUS_LABELS[appt.status] };
  }

  @Post("/")
  async create(@BodyParams() body: Partial<Appointment>) {
    return clinicDataSource.getRepository(Appointment).save(body);
  }
}
