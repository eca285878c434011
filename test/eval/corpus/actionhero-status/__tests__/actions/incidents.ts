import { Process, specHelper } from "actionhero";

describe("createIncident", () => {
  const actionhero = new Process();
  beforeAll(async () => {
    process.env.SERVER_TOKEN = "test-server-token"; // tfl-eval-not: hardcoded-credential
    await actionhero.start();
  });
  afterAll(async () => actionhero.stop());

  test("opens an incident", async () => {
    const { id } = await specHelper.runAction("createIncident", { title: "API latency", severity: "major" });
    expect(id).toBeGreaterThan(0);
  });
});
