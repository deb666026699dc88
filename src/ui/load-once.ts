/**
 * A module (or anything fetched) loaded on first use and shared by every later call; a failed
 * load is not kept, so the next call tries again (offline for a moment, site redeployed).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
