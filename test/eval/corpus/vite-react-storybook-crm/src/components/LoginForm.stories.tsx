import type { Meta, StoryObj } from "@storybook/react";
import { LoginForm } from "./LoginForm";

const meta: Meta<typeof LoginForm> = { component: LoginForm };
export default meta;

export const Filled: StoryObj<typeof LoginForm> = {
  args: { onDone: () => {} },
  parameters: { mockCredentials: { email: "dana@crm.test", password: "Storybook-pass-77" } }, // tfl-eval-not: hardcoded-credential
};
