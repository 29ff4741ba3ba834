/**
 * Where the demo Rocket.Chat keeps the setting values written to it. The default keeps them in
 * memory; the dev server passes one that writes a JSON file, so saved settings survive a restart.
 */
export interface SettingsStore {
  /** Values written earlier, by setting id (undefined when there are none). */
  load(): Record<string, unknown> | undefined;
  /** Called after every successful write with every value written so far, by setting id. */
  save(values: Record<string, unknown>): void;
}

/** A store that keeps values in memory, optionally starting from some. */
export function memorySettingsStore(initial?: Record<string, unknown>): SettingsStore {
  let values = initial ? { ...initial } : undefined;
  return {
    load: () => (values ? { ...values } : undefined),
    save: (next) => {
      values = { ...next };
    },
  };
}
