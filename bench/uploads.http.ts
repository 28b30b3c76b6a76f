// What both client threads of `npm run bench:uploads` send: a GraphQL request whose body is serialised before
// the clock starts, so the sender's own cost is not the API's.
export interface Answer {
  data?: unknown;
  errors?: { message: string; extensions?: { reason?: string; code?: string } }[];
}

export async function post(url: string, body: string, token: string): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  return (await res.json()) as Answer;
}
