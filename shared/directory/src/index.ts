// @ilr/directory: the member directory (KV ilr-directory) and its YAML file form.
export { Directory, type DirectoryChange, type DirectoryWatch } from './directory.js';
export { loadDirectoryFile } from './file.js';
export { DirectoryError } from './errors.js';
