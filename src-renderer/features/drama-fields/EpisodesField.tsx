import { CountField } from '../../shared/forms/CountField';
import type { InputFieldProps } from '../../shared/forms/InputField';
import { DramaFieldLabel } from './PublishTag';

/** How many episodes the drama has. */
export function EpisodesField(props: Pick<InputFieldProps, 'id' | 'value' | 'error' | 'onValueChange'>) {
  return <CountField {...props} label={<DramaFieldLabel field="episodes" text="Episodes" />} min={1} max={999} />;
}
