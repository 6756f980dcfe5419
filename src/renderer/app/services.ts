import { createContext, useContext } from 'react';
import type {
  ProjectRepository,
  SettingsStore,
} from '../../core/repository/types';
import type { Platform } from '../platform/types';
import type { Coder } from '../../core/model/coding';

/** What features need from the outside world, provided once at the top. */
export type Services = {
  readonly repository: ProjectRepository;
  readonly settings: SettingsStore;
  readonly platform: Platform;
  /** Shows a message to the user; errors stay until dismissed. */
  readonly notify: (kind: 'info' | 'error', text: string) => void;
  /** Who codes on this machine; recorded with every change. */
  readonly coder: Coder;
  /** The coder's name, as audit events record the actor. */
  readonly userName: string;
  /** Asks who is working here and switches the identity. */
  readonly requestSwitchCoder: () => void;
};

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices needs a ServicesContext');

  return services;
}

/** Turns any failure into a sentence for the user. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;

  return String(error);
}
