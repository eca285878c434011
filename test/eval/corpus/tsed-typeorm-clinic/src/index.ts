import { PlatformExpress } from "@tsed/platform-express";
import { Server } from "./Server";
import { clinicDataSource } from "./datasources/PostgresDatasource";
import { logger } from "./config/logger";

async function bootstrap() {
  await clinicDataSource.initialize();
  const platform = await PlatformExpress.bootstrap(Server);
  await platform.listen();

  process.once("SIGTERM", async () => {
    logger.info("SIGTERM received, closing");
    await platform.stop();
    await clinicDataSource.destroy();
  });
}

bootstrap().catch((err) => {
  logger.error("boot failed", err);
  process.exit(1);
});
