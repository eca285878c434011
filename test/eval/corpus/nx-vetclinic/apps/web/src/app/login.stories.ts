import type { Meta, StoryObj } from '@storybook/angular';
import { LoginComponent } from './login.component';

const meta: Meta<LoginComponent> = { component: LoginComponent, title: 'Auth/Login' };
export default meta;

export const Filled: StoryObj<LoginComponent> = {
  args: { email: 'vet@example.com', password: 'hunter2hunter2', apiToken: 'tok_storybook_sample' },
};
