/**
 * What the form needs once the values are there, loaded beside the settings (see chunks.ts): the
 * validators, the row editor of Additional Piwik Sites and the tracking-code preview.
 */
export { SETTING_VALIDATORS } from './validators.js';
export { rowsFromJson, rowsToJson, trackersEditor } from './trackers-editor.js';
export { TrackingPreview } from './preview.js';
export { formPartsStyles as styles } from './form-parts.styles.js';
