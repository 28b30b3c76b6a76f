// Saves a file the API sent as base64 (evidenceFile) through a temporary link: no new window, no CDN.
export { saveDownload } from '../../shared/api/files';
