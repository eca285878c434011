import { Action, ActionProcessor, api } from "actionhero";
import { WebClient } from "@slack/web-api";

const slack = new WebClient("xoxb-7731950244-5530127795163-Qm4Lx9Vt2Rz8Wn3Bc6Yh1Jdk"); // tfl-eval: hardcoded-credential

export class CreateIncident extends Action {
  constructor() {
    super();
    this.name = "createIncident";
    this.description = "open an incident and announce it";
    this.inputs = { title: { required: true }, severity: { required: true, default: "minor" } };
  }

  async run({ params }: ActionProcessor<CreateIncident>) {
    const id = await api.redis.clients.client.incr("incidents:seq");
    await api.redis.clients.client.hset(`incident:${id}`, { title: params.title, severity: params.severity, openedAt: Date.now() });
    await slack.chat.postMessage({ channel: "#status", text: `:rotating_light: ${params.title} (${params.severity})` });
    return { id };
  }
}
