import { z } from 'zod';

export const Address = z.looseObject({
  street: z.string().default(''),
  city: z.string().default(''),
  state: z.string().default('CA'),
  zip: z.string().default(''),
});
export type Address = z.infer<typeof Address>;

export const emptyAddress = (): Address => ({ street: '', city: '', state: 'CA', zip: '' });
