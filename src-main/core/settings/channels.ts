import { settingsUpdateSchema } from '../common/validation/schemas';
import { noInput } from '../common/validation/no-input';
import { reads, writes } from '../ipc/channel';

export const settingsChannels = {
  'settings.get': reads(noInput, (_input, { journal }) => journal.settings.get()),
  'settings.update': writes(settingsUpdateSchema, (change, { journal }) => journal.settings.update(change)),
};
