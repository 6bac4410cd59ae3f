// What the settings pages and the operator CLIs show of a secret token (an API key, a SCIM token):
// never the token itself or its hash. Dates are ISO strings.
export interface SecretTokenDto {
  id: string;
  name: string;
  /** The token's first characters, as the list shows them. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
