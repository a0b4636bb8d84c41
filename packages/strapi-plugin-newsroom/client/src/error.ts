import { errorResponse, type ErrorResponse } from '../../shared/contracts/read';

/**
 * An answer that is not a success: the server's status and its sentence
 * (`message`), with Strapi's error name and details when the body had them.
 * Also thrown, with status 0, when an answer does not fit the contract.
 */
export class NewsroomError extends Error {
  readonly status: number;
  readonly errorName: string | null;
  readonly details: Record<string, unknown>;
  readonly url: string;

  constructor(status: number, message: string, url: string, error?: ErrorResponse['error']) {
    super(message);
    this.name = 'NewsroomError';
    this.status = status;
    this.errorName = error?.name ?? null;
    this.details = error?.details ?? {};
    this.url = url;
  }
}

/** Reads the sentence out of an error answer: Strapi's JSON envelope, or the text of an HTML page. */
export async function errorFrom(response: Response, url: string): Promise<NewsroomError> {
  const body = await response.text();
  try {
    const parsed = errorResponse.safeParse(JSON.parse(body));
    if (parsed.success)
      return new NewsroomError(response.status, parsed.data.error.message, url, parsed.data.error);
  } catch {
    // Not JSON: an HTML page for people (permalinks, signed links).
  }
  const title = /<title>([^<]*)<\/title>/i.exec(body)?.[1]?.trim();
  return new NewsroomError(response.status, title || `${response.status} ${response.statusText}`.trim(), url);
}
