export { editorOf, systemEditor, canEditAnything, type Editor } from './editor';
export { EditConflict, EditDenied, type Refusal } from './errors';
export { KIND_SLUGS, kindOfSlug } from './kinds';
export { NetworkEditService, type HistoryEntry, type ItemView, type SnapshotSource } from './service';
export { hiddenItems, seesModule, visibleContent, type UsedBy } from './visibility';
export { stationInReach } from './permissions';
