import { z } from 'zod';
import { Address, emptyAddress } from './address';

export const Attorney = z.looseObject({
  name: z.string().default(''),
  barNumber: z.string().default(''),
  firm: z.string().default(''),
  phone: z.string().default(''),
  email: z.string().default(''),
  address: Address.default(emptyAddress),
});
export type Attorney = z.infer<typeof Attorney>;
