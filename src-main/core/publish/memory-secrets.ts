import type { Host } from '../ipc/host';

/**
 * Publish passwords kept in this process's memory only, until it ends: how `dramalog serve`
 * keeps what the page gives it (a browser has no keychain of the server's), and how tests do.
 */
export function memorySecrets(): Pick<Host, 'publishSecret' | 'keepPublishSecret' | 'secretPlace'> {
  const kept = new Map<string, string>();
  return {
    secretPlace: () => 'server-memory',
    publishSecret: async (secretId) => kept.get(secretId) ?? null,
    keepPublishSecret: async (secretId, secret) => {
      if (secret === null) kept.delete(secretId);
      else kept.set(secretId, secret);
    },
  };
}
