// Requests to the API route handlers as an integrator sends them: a bearer key and a JSON body.
export const keyedJson = (url: string, key: string, method: string, body: unknown) =>
  new Request(url, {
    method,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });

export const keyedGet = (url: string, key: string) => new Request(url, { headers: { authorization: `Bearer ${key}` } });
