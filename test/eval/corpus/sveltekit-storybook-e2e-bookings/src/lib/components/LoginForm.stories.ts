import type { Meta, StoryObj } from '@storybook/svelte';
import LoginForm from './LoginForm.svelte';

const meta = { component: LoginForm } satisfies Meta<LoginForm>;
export default meta;

export const Filled: StoryObj<typeof meta> = {
  args: { email: 'guest@example.com', password: 'storybook-pass-1', apiToken: 'demo-token-for-story' },
};
