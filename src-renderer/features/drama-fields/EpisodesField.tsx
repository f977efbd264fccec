import { CountField } from '../../shared/forms/CountField';
import type { InputFieldProps } from '../../shared/forms/InputField';
import { DramaFieldMark } from './PublishTag';

/** How many episodes the drama has. */
export function EpisodesField(props: Pick<InputFieldProps, 'id' | 'value' | 'error' | 'onValueChange'>) {
  return <CountField {...props} label="Episodes" mark={<DramaFieldMark field="episodes" />} min={1} max={999} />;
}
