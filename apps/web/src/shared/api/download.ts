// Saves a file the API sent as base64 (evidenceFile) through a temporary link: no new window, no CDN.

export function saveDownload(file: { fileName: string; contentType: string; contentBase64: string }) {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started reading the blob by now; revoke on the next turn so the download is not cut.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
