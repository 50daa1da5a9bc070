/**
 * A lookup table keyed by words of the text, without Object's prototype: a plain `{}` answers `table.constructor`
 * with a function and takes `table.__proto__ = …` as a change of prototype, so an article that contains those words
 * would read functions as values and produce analyses that cannot be sent to a worker or cached.
 */
export function wordTable<T>(entries: Record<string, T> = {}): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
