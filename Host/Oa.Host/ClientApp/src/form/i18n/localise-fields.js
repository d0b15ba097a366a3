// Gives form-js component types their names in the page's language: the palette entry (also what its
// search matches), the properties panel's type header, and the label a newly dropped field starts with.
// Changes the shared config objects in place, once per page, before an editor is created.

// configs: the `config` of each component type; names: current name → name in the page's language.
export function localiseConfigs(configs, names) {
  for (const config of configs) {
    const current = config.name || config.label;
    const name = names[current];
    if (!name) continue;
    config.name = name;
    if (config.label === current) config.label = name;
    const create = config.create;
    if (typeof create !== 'function') continue;
    // Only the default label: a label given when the field is created (import, copy) stays as it is.
    config.create = (options = {}) => {
      const field = create(options);
      if (!('label' in options) && field && field.label === current) field.label = name;
      return field;
    };
  }
}
