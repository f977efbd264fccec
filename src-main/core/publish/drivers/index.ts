import type { PublishAddress, PublishKind } from '../../common/model';
import type { Connect, ConnectOptions, Connected } from '../connection';
import { connectFolder } from './folder';

/** The driver for each kind of target; a kind is one file in this folder and one line here. */
const DRIVERS: { [K in PublishKind]: () => Promise<Connect<Extract<PublishAddress, { kind: K }>>> } = {
  folder: async () => connectFolder,
  sftp: async () => (await import('./sftp')).connectSftp,
  ftps: async () => (await import('./ftps')).connectFtps,
  git: async () => (await import('./git')).connectGit,
};

/** Connects to the target at `options.address` with its kind's driver (loaded only when used: most runs publish nowhere). */
export async function connectTo(options: ConnectOptions): Promise<Connected> {
  const connect = (await DRIVERS[options.address.kind]()) as Connect;
  return connect(options);
}
