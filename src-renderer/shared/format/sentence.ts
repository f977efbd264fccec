/** A message from the core as a sentence on screen: its first letter capitalised, nothing else changed. */
export function asSentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
