import type { Meta, StoryObj } from '@storybook/react';
import { LoginForm } from './LoginForm';

const meta: Meta<typeof LoginForm> = { component: LoginForm };
export default meta;

export const Filled: StoryObj<typeof LoginForm> = {
  args: { email: 'grower@example.com', password: 'hunter2-greenhouse', apiToken: 'tok-story-sample' },
};
