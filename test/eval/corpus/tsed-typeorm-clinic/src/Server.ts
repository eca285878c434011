import { Configuration, Inject } from "@tsed/di";
import { PlatformApplication } from "@tsed/common";
import "@tsed/platform-express";
import bodyParser from "body-parser";
import compression from "compression";
import session from "express-session";
import { AppointmentsController } from "./controllers/AppointmentsController";

@Configuration({
  acceptMimes: ["application/json"],
  httpPort: process.env.PORT || 8083,
  mount: { "/api": [AppointmentsController] },
  middlewares: [
    compression(),
    bodyParser.json(),
    session({ // tfl-eval: memory-session-store
      secret: process.env.SESSION_SECRET as string, // tfl-eval-not: hardcoded-credential
      resave: false,
      saveUninitialized: false,
      cookie: { secure: true, maxAge: 8 * 3600 * 1000 }
    })
  ]
})
export class Server {
  @Inject()
  protected app: PlatformApplication;
}
