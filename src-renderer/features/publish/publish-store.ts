import { create } from 'zustand';
import type { ErrorCode } from '@common/errors';
import type { PublishResult, PublishTarget, SecretPlace } from '@common/model';
import { ApiError, isCancelled, messageOf } from '../../api/api-error';
import { api, onProgress } from '../../api/client';
import type { AddRequest } from './target-form';

/** What a publish was asked to do: one target (by name) or all, for real or as a preview. */
export interface PublishRequest {
  name?: string;
  dryRun: boolean;
}

export type PublishPhase =
  | 'closed'
  /** There is no target yet: the dialog says where to add one. */
  | 'no-targets'
  | 'running'
  | 'done'
  | 'cancelled'
  | 'failed';

export interface PublishFailure {
  code: ErrorCode;
  message: string;
  /** The target it is about, when the request named one (or there is only one): the next step acts on it. */
  target: string | null;
}

interface PublishState {
  /** The targets as the core last listed them; null before the first load. */
  targets: PublishTarget[] | null;
  loadError: string | null;
  /** Where a password given here is kept (the keychain, this session, the server's memory); null before the first load. */
  secretPlace: SecretPlace | null;
  /** Targets whose server showed another identity than the pinned one at their last publish. */
  keyRefused: string[];

  phase: PublishPhase;
  request: PublishRequest;
  /** From the core's `publish` progress events: files done of the step's total, and the step in a few words. */
  progress: { done: number; total: number; message: string } | null;
  results: PublishResult[] | null;
  failure: PublishFailure | null;
  cancelling: boolean;

  load(): Promise<void>;
  /** Each of these answers the core's target and caches it; throws the core's ApiError for the form to place. */
  add(request: AddRequest): Promise<PublishTarget>;
  remove(name: string): Promise<void>;
  setSecret(name: string, secret: string | null): Promise<PublishTarget>;
  trustNewKey(name: string): Promise<PublishTarget>;

  /** The desktop's own dialogs for a folder target's path and a key file: the chosen path, or null when dismissed. */
  chooseFolder(): Promise<string | null>;
  chooseKeyFile(): Promise<string | null>;

  run(request: PublishRequest): Promise<void>;
  cancel(): Promise<void>;
  close(): void;
}

/** A dialog's answer: the path, or null when the user dismissed it. */
async function chosen(answer: Promise<{ path: string }>): Promise<string | null> {
  try {
    return (await answer).path;
  } catch (error) {
    if (isCancelled(error)) return null;
    throw error;
  }
}

const replaced = (targets: PublishTarget[] | null, target: PublishTarget) => (targets ?? []).map((t) => (t.name === target.name ? target : t));

/**
 * Publish targets and the publish dialog's state: a thin cache of what the core answers. The core
 * builds and sends the site and reports progress; this keeps what the screens show.
 */
export const usePublishStore = create<PublishState>()((set, get) => ({
  targets: null,
  loadError: null,
  secretPlace: null,
  keyRefused: [],
  phase: 'closed',
  request: { dryRun: false },
  progress: null,
  results: null,
  failure: null,
  cancelling: false,

  async load() {
    try {
      const [targets, secretPlace] = await Promise.all([api('publish.targets', undefined), api('publish.secretPlace', undefined)]);
      set({ targets, secretPlace, loadError: null });
    } catch (error) {
      set({ loadError: messageOf(error) });
    }
  },
  async add(request) {
    const target = await api('publish.add', request);
    set((s) => ({ targets: [...(s.targets ?? []), target].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' })) }));
    return target;
  },
  async remove(name) {
    await api('publish.remove', { name });
    set((s) => ({ targets: (s.targets ?? []).filter((t) => t.name !== name), keyRefused: s.keyRefused.filter((n) => n !== name) }));
  },
  async setSecret(name, secret) {
    const target = await api('publish.setSecret', { name, secret });
    set((s) => ({ targets: replaced(s.targets, target) }));
    return target;
  },
  async trustNewKey(name) {
    const target = await api('publish.forgetHostKey', { name });
    set((s) => ({ targets: replaced(s.targets, target), keyRefused: s.keyRefused.filter((n) => n !== name) }));
    return target;
  },

  chooseFolder: () => chosen(api('publish.chooseFolder', undefined)),
  chooseKeyFile: () => chosen(api('publish.chooseKeyFile', undefined)),

  async run(request) {
    if (get().phase === 'running') return; // one publish at a time; the dialog is already up
    await get().load(); // the list as it is now: targets may have been added elsewhere (the command line)
    const { targets: listed, loadError } = get();
    if (loadError && !listed) {
      set({ phase: 'failed', request, results: null, progress: null, failure: { code: 'internal', message: loadError, target: null } });
      return;
    }
    const targets = listed ?? [];
    if (!targets.length) {
      set({ phase: 'no-targets', request, results: null, failure: null, progress: null });
      return;
    }
    set({ phase: 'running', request, progress: null, results: null, failure: null, cancelling: false });
    const stop = onProgress((event) => {
      if (event.task !== 'publish' || get().phase !== 'running' || event.total < 0) return;
      set({ progress: { done: event.done, total: event.total, message: event.message ?? '' } });
    });
    try {
      const results = await api('publish.run', { ...(request.name !== undefined && { name: request.name }), dryRun: request.dryRun });
      // Publishing to every target, one may have refused its changed server key: Settings offers to trust it.
      const refused = results.filter((r) => r.failure?.code === 'host-key-changed').map((r) => r.target);
      set((s) => ({ phase: 'done', results, keyRefused: [...new Set([...s.keyRefused, ...refused])] }));
    } catch (error) {
      if (isCancelled(error)) {
        set({ phase: 'cancelled', failure: { code: 'cancelled', message: messageOf(error), target: request.name ?? null } });
      } else {
        const code = error instanceof ApiError ? error.code : 'internal';
        const target = request.name ?? (targets.length === 1 ? targets[0]!.name : null);
        set((s) => ({
          phase: 'failed',
          failure: { code, message: messageOf(error), target },
          keyRefused: code === 'host-key-changed' && target && !s.keyRefused.includes(target) ? [...s.keyRefused, target] : s.keyRefused,
        }));
      }
    } finally {
      stop();
      set({ cancelling: false });
      // Last published and the count of files changed (a preview changes nothing, but the list is cheap).
      void get().load();
    }
  },
  async cancel() {
    set({ cancelling: true });
    try {
      await api('tasks.cancel', { task: 'publish' });
    } catch (error) {
      set({ failure: { code: 'internal', message: messageOf(error), target: null } });
    }
  },
  close() {
    if (get().phase === 'running') return;
    set({ phase: 'closed' });
  },
}));

/** The one Publish command (menu, shortcut, palette, the offer after Mark final): the site to every target. */
export function publishEverywhere(): void {
  void usePublishStore.getState().run({ dryRun: false });
}
