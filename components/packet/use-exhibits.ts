import { createContext, useContext } from 'react';
import { browser } from 'wxt/browser';
import { exhibitsClient, type ExhibitsClient } from '@/lib/case-client';

/**
 * The exhibit files in the store, for the exhibit list (attach) and the packet (read when
 * assembling). The panel talks to the background by runtime message; a test provides its own
 * client (over the real handlers) with `ExhibitsContext.Provider`.
 */
export const ExhibitsContext = createContext<ExhibitsClient | null>(null);

let runtimeClient: ExhibitsClient | undefined;

export function useExhibits(): ExhibitsClient {
  const given = useContext(ExhibitsContext);
  if (given) return given;
  runtimeClient ??= exhibitsClient((m) => browser.runtime.sendMessage(m));
  return runtimeClient;
}
