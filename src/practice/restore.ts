// Reads a board saved before the simulator saved its own state (practice snapshot version 1: the
// items, tags, metadata, app data and collections) as a simulator state. Version 1 kept no stacking
// order and no id counter: the order becomes creation order and the counter the highest id in use,
// as the rebuild through UI actions used to leave them.

/** Returns the simulator state a version-1 snapshot describes, for readSimState to check; pure. */
export function fromV1(saved: Record<string, unknown>): unknown {
  const items: unknown[] = Array.isArray(saved.items) ? saved.items : [];
  const idOf = (item: unknown) => (item as { id?: unknown } | null)?.id;
  return {
    items: saved.items,
    stack: items.map(idOf),
    // readSimState raises the counter to the highest id of an item or tag.
    lastId: 0,
    tags: saved.tags,
    metadata: saved.metadata,
    appData: saved.appData ?? {},
    collections: saved.collections,
  };
}
