/**
 * The JSON of a storage item without its eTag, handed over between the in-memory storage and the
 * conversation state, which both need it: the storage keeps items as that JSON, and the state
 * compares it to tell whether a turn changed anything. Handing it over spares each turn two
 * serialisations of its state (npm run bench).
 *
 * Each direction has its own register, and a JSON is taken from it once, by the next step of the
 * same hand-over: the storage registers what it read and the state takes it as it loads; the
 * state registers what it writes and the storage takes it as it stores. Nothing taken out of one
 * register can be a JSON put in the other: botbuilder's own BotState changes the very objects it
 * read and writes them back, so a JSON registered at a read must never serve a write. An object
 * nobody registered is serialised, so storages and states that do not take part (Blob Storage,
 * botbuilder's ConversationState) work as before.
 */
const readItems = new WeakMap<object, string>();
const writtenItems = new WeakMap<object, string>();

export function withoutETag(item: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { eTag: _eTag, ...rest } = item;
  return rest;
}

function take(register: WeakMap<object, string>, item: Readonly<Record<string, unknown>>): string {
  const json = register.get(item);
  if (json === undefined) return JSON.stringify(withoutETag(item));
  register.delete(item);
  return json;
}

/** A storage hands over the JSON an item it returns was parsed from. */
export function registerReadJson(item: object, json: string): void {
  readItems.set(item, json);
}

/** A state, loading an item it has not changed yet: its JSON without the eTag. */
export function takeReadJson(item: Readonly<Record<string, unknown>>): string {
  return take(readItems, item);
}

/** A state hands over the JSON of an item it is about to write (a new object it will not change). */
export function registerWriteJson(item: object, json: string): void {
  writtenItems.set(item, json);
}

/** A storage, storing an item: its JSON without the eTag. */
export function takeWriteJson(item: Readonly<Record<string, unknown>>): string {
  return take(writtenItems, item);
}
