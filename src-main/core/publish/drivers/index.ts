import { JournalError } from '../../common/errors';
import type { PublishAddress, PublishKind } from '../../common/model';
import type { Connect, ConnectOptions, Connected } from '../connection';
import { connectFolder } from './folder';

/** The driver for each kind of target; a kind is one file in this folder and one line here. */
const DRIVERS: { [K in PublishKind]?: () => Promise<Connect<Extract<PublishAddress, { kind: K }>>> } = {
  folder: async () => connectFolder,
  sftp: async () => (await import('./sftp')).connectSftp,
  ftps: async () => (await import('./ftps')).connectFtps,
};

/** Connects to the target at `options.address` with its kind's driver (loaded only when used: most runs publish nowhere). */
export async function connectTo(options: ConnectOptions): Promise<Connected> {
  const driver = DRIVERS[options.address.kind];
  if (!driver) throw new JournalError('internal', `publishing to ${options.address.kind} targets is not in this build`);
  const connect = (await driver()) as Connect;
  return connect(options);
}
