import type { Meta, StoryObj } from '@storybook/react';
import { PasswordField } from './PasswordField';

const meta: Meta<typeof PasswordField> = { title: 'Forms/PasswordField', component: PasswordField };
export default meta;

export const Filled: StoryObj<typeof PasswordField> = {
  args: { label: 'Password', name: 'password', value: 'hunter2-but-longer', onChange: () => {} },
};
