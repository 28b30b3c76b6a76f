// Files in and out of GraphQL: the API takes and gives them as base64.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { errorInfo, errorMessage } from '../../shared/api/errors';

export { fileToBase64 } from '../../shared/api/files';

export function saveBase64(file: { fileName: string; contentType: string; contentBase64: string }) {
  const binary = atob(file.contentBase64);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * A refused upload (too big, wrong type, broken file) says why: the server's BAD_USER_INPUT message is a
 * Vietnamese sentence naming the limit; anything else is told from its code.
 */
export function uploadRefusal(t: TFunction, error: unknown): string {
  if (CombinedGraphQLErrors.is(error) && errorInfo(error).code === 'BAD_USER_INPUT') {
    return error.errors[0].message;
  }
  return errorMessage(t, error);
}
