import { ConcordApiError, ConcordNetworkError, v1 } from '@concord/client';

/** A file the browser has been handed to save, with the response headers that came with it. */
export interface DownloadedFile {
  readonly fileName: string;
  readonly headers: Headers;
}

/**
 * Fetches a download link of the node with the session cookie and hands the
 * file to the browser to save. It is fetched rather than followed as a link so
 * that a refusal (no purpose, no permission, session over) is thrown as an
 * explained error for the page instead of showing a raw JSON page.
 */
export async function downloadFile(
  url: string,
  { accept, fallbackName }: { readonly accept: string; readonly fallbackName: string },
): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { accept } });
  } catch (error) {
    throw new ConcordNetworkError(
      `cannot reach the Concord node (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!response.ok) {
    const body = v1.ErrorBody.safeParse(await response.json().catch(() => undefined));
    if (!body.success) throw new ConcordNetworkError(`the node answered ${response.status}`);
    const { code, message, issues, retryAfterSeconds } = body.data.error;
    throw new ConcordApiError(
      response.status,
      code,
      message,
      issues ?? [],
      retryAfterSeconds ?? null,
    );
  }
  const blob = await response.blob();
  const fileName =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
    fallbackName;
  saveFile(blob, fileName);
  return { fileName, headers: response.headers };
}

/** Hands content the page already holds (a node card, say) to the browser to save as a file. */
export function saveFile(blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
